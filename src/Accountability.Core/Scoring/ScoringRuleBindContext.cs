using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>
/// What a <see cref="IScoringRule"/> receives when it is bound to one criterion (see <see cref="IScoringRule.Bind"/>):
/// the criterion and its settings, typed access to named parameters, slots for reference values, and where to
/// report problems. New members may be added in later versions.
/// </summary>
/// <remarks>
/// Problem paths are relative to the criterion (<c>scoring.target</c>, <c>direction</c>); the scorecard builder puts
/// them under the criterion's own path (<c>criteria[2].scoring.target</c>). Not thread-safe; valid only during the
/// <see cref="IScoringRule.Bind"/> call it is given to.
/// </remarks>
public sealed class ScoringRuleBindContext
{
    private readonly ProblemCollector _problems = new();
    private readonly List<decimal> _references = [];
    private readonly List<string> _names = [];
    private readonly IReadOnlyCollection<string> _perSubject;

    internal ScoringRuleBindContext(PerformanceCriterion criterion, string ruleName)
        : this(criterion, ruleName, [])
    {
    }

    internal ScoringRuleBindContext(PerformanceCriterion criterion, string ruleName, IReadOnlyCollection<string> perSubject)
    {
        Criterion = criterion;
        RuleName = ruleName;
        _perSubject = perSubject;
    }

    /// <summary>The criterion being bound.</summary>
    public PerformanceCriterion Criterion { get; }

    /// <summary>The criterion's scoring settings (a typed settings object, or <see cref="CustomScoring"/> for an integrator's rule).</summary>
    public ScoringMethod Method => Criterion.Scoring;

    /// <summary>Which way the criterion is better.</summary>
    public CriterionDirection Direction => Criterion.Direction;

    /// <summary>The name the rule was found under.</summary>
    public string RuleName { get; }

    /// <summary>Tells whether an error has been reported.</summary>
    public bool HasErrors => _problems.HasErrors;

    internal IReadOnlyList<Problem> Problems => _problems.Problems;

    /// <summary>The ids of the scorecard's criteria (a formula may read their scores); empty outside a scorecard.</summary>
    internal IReadOnlySet<CriterionId> ScorecardCriteria { get; init; } = new HashSet<CriterionId>();

    /// <summary>The path of a named parameter of <see cref="CustomScoring"/>: <c>scoring.values[name]</c>.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The path, relative to the criterion.</returns>
    public static string ValuePath(string name) => ProblemPath.Key(ProblemPath.Join("scoring", "values"), name);

    /// <summary>The path of a setting: <c>scoring.name</c>.</summary>
    /// <param name="name">The setting's name, such as <c>target</c>.</param>
    /// <returns>The path, relative to the criterion.</returns>
    public static string SettingPath(string name) => ProblemPath.Join("scoring", name);

    /// <summary>Reports an error; the scorecard is not built.</summary>
    /// <param name="path">Where, relative to the criterion (see <see cref="SettingPath"/>, <see cref="ValuePath"/>).</param>
    /// <param name="code">A stable kebab-case code, such as <see cref="ScoringProblemCodes.ValueRequired"/>.</param>
    /// <param name="message">A sentence for people.</param>
    /// <param name="attemptedValue">The offending value, if any.</param>
    public void Error(string path, string code, string message, object? attemptedValue = null) =>
        _problems.Add(new Problem(path, code, message, ProblemSeverity.Error, attemptedValue));

    /// <summary>Reports a warning; the scorecard is still built.</summary>
    /// <param name="path">Where, relative to the criterion.</param>
    /// <param name="code">A stable kebab-case code.</param>
    /// <param name="message">A sentence for people.</param>
    /// <param name="attemptedValue">The offending value, if any.</param>
    public void Warning(string path, string code, string message, object? attemptedValue = null) =>
        _problems.Add(new Problem(path, code, message, ProblemSeverity.Warning, attemptedValue));

    /// <summary>Reports a problem.</summary>
    /// <param name="problem">The problem, its path relative to the criterion.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public void Report(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _problems.Add(problem);
    }

    /// <summary>
    /// Tells whether the scorecard declares the named reference value as each subject's own: the rule still takes
    /// its slot with <see cref="Reference(string, decimal)"/>, and each subject's value is read through it; the
    /// criterion's own value is then only a default that no subject reads.
    /// </summary>
    /// <param name="name">The reference value's name, such as <c>target</c>.</param>
    /// <returns><see langword="true"/> when every subject gives its own value.</returns>
    public bool IsPerSubject(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _perSubject.Contains(name);
    }

    /// <summary>Reads a named parameter of <see cref="CustomScoring"/>.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="value">Its value, when given.</param>
    /// <returns><see langword="true"/> when the settings are <see cref="CustomScoring"/> and give the parameter.</returns>
    public bool TryGetValue(string name, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(name);
        value = 0m;
        return Method is CustomScoring custom && custom.Values.TryGetValue(name, out value);
    }

    /// <summary>
    /// Reads a required named parameter of <see cref="CustomScoring"/> once; reports
    /// <see cref="ScoringProblemCodes.ValueRequired"/> at <c>scoring.values[name]</c> when it is not given.
    /// </summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The value; 0 when it was not given (an error has then been reported).</returns>
    public decimal Require(string name)
    {
        if (TryGetValue(name, out decimal value))
        {
            return value;
        }

        Error(ValuePath(name), ScoringProblemCodes.ValueRequired, $"The '{RuleName}' rule needs a value named '{name}'.");
        return 0m;
    }

    /// <summary>
    /// Takes a slot for a reference value: every subject reads <paramref name="value"/> through it, unless the
    /// scorecard declares the value per subject (<see cref="IsPerSubject"/>), when each subject reads its own.
    /// Taking the same name again returns the same slot.
    /// </summary>
    /// <param name="name">The reference value's name, such as <c>target</c>.</param>
    /// <param name="value">The criterion's value.</param>
    /// <returns>The slot to read with <see cref="ScoringContext.Reference"/>.</returns>
    public ReferenceSlot Reference(string name, decimal value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        int taken = _names.IndexOf(name);
        if (taken >= 0)
        {
            return new ReferenceSlot(taken, name);
        }

        _references.Add(value);
        _names.Add(name);
        return new ReferenceSlot(_references.Count - 1, name);
    }

    /// <summary>
    /// Takes a slot for a named parameter of <see cref="CustomScoring"/>: required (see <see cref="Require"/>) unless the
    /// scorecard declares it per subject, when the criterion's value is optional and each subject gives its own.
    /// </summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The slot to read with <see cref="ScoringContext.Reference"/>.</returns>
    public ReferenceSlot Reference(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsPerSubject(name))
        {
            TryGetValue(name, out decimal value);
            return Reference(name, value);
        }

        return Reference(name, Require(name));
    }

    internal decimal[] TakeReferences() => [.. _references];

    internal string[] TakeNames() => [.. _names];
}
