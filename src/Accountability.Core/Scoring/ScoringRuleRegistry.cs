using System.Diagnostics.CodeAnalysis;
using Accountability.Criteria;
using Accountability.Scoring.Rules;

namespace Accountability.Scoring;

/// <summary>
/// The scoring rules a scorecard can name: the built-in rules plus any an integrator registers.
/// Built once, validated once (names must be valid and unique), then immutable.
/// </summary>
/// <remarks>Immutable and thread-safe. Names are case-sensitive.</remarks>
public sealed class ScoringRuleRegistry
{
    private static readonly IScoringRule[] BuiltInRules =
    [
        new LinearRule(),
        new RatioToTargetRule(),
        new BandedRule(),
        new BinaryRule(),
        new RatingScaleRule(),
        new TargetRangeRule(),
        new DirectRule(),
        new FormulaRule(),
    ];

    private readonly Dictionary<string, IScoringRule> _rules;

    private ScoringRuleRegistry(Dictionary<string, IScoringRule> rules)
    {
        _rules = rules;
        Names = [.. rules.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>A registry with the built-in rules only.</summary>
    public static ScoringRuleRegistry BuiltIn { get; } = Create([]);

    /// <summary>The registered names, in ordinal order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Creates a registry with the built-in rules and <paramref name="rules"/>.</summary>
    /// <param name="rules">The integrator's rules.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="AccountabilityException">A rule is null, has an invalid name, or takes a name already registered (every such problem is listed); or reading a rule's name failed (reported as the rule's fault, <see cref="ScoringProblemCodes.RuleFault"/>).</exception>
    public static ScoringRuleRegistry Create(params IEnumerable<IScoringRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var map = new Dictionary<string, IScoringRule>(StringComparer.Ordinal);
        foreach (IScoringRule rule in BuiltInRules)
        {
            map.Add(rule.Name, rule);
        }

        var problems = new ProblemCollector();
        int index = 0;
        foreach (IScoringRule rule in rules)
        {
            string path = ProblemPath.Index("rules", index++);
            if (rule is null)
            {
                problems.Error(path, ScoringProblemCodes.InvalidIdentifier, "A rule cannot be null.");
                continue;
            }

            string? name;
            try
            {
                name = rule.Name;
            }
            catch (Exception ex) when (PluginFault.IsPluginFault(ex))
            {
                throw PluginFault.Report(RuleFault.Kind, rule.GetType().Name, ProblemPath.Join(path, "name"), ScoringProblemCodes.RuleFault, "reporting its name", ex);
            }

            if (!Identifier.IsValid(name, out string? reason))
            {
                problems.Error(ProblemPath.Join(path, "name"), ScoringProblemCodes.InvalidIdentifier, $"The rule {rule.GetType().Name} has an invalid name: {reason}", name);
                continue;
            }

            if (map.TryGetValue(name, out IScoringRule? existing))
            {
                if (ReferenceEquals(existing, rule))
                {
                    continue;
                }

                string what = Array.IndexOf(BuiltInRules, existing) >= 0 ? "a built-in rule" : existing.GetType().Name;
                problems.Error(ProblemPath.Join(path, "name"), ScoringProblemCodes.DuplicateRule, $"The name '{name}' of {rule.GetType().Name} is already taken by {what}.", name);
                continue;
            }

            map.Add(name, rule);
        }

        problems.ThrowIfErrors();
        return new ScoringRuleRegistry(map);
    }

    /// <summary>Finds a rule by name.</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns><see langword="true"/> when a rule is registered under <paramref name="name"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryGet(string name, [NotNullWhen(true)] out IScoringRule? rule)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _rules.TryGetValue(name, out rule);
    }

    /// <summary>Gets a rule by name.</summary>
    /// <param name="name">The rule's name.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="AccountabilityException">No rule has that name; the message lists the registered names.</exception>
    public IScoringRule Get(string name)
    {
        if (TryGet(name, out IScoringRule? rule))
        {
            return rule;
        }

        throw new AccountabilityException([new Problem("rule", ScoringProblemCodes.UnknownRule, UnknownRuleMessage(name), ProblemSeverity.Error, name)]);
    }

    internal string UnknownRuleMessage(string name) =>
        $"No scoring rule is registered as '{name}'. Registered rules: {string.Join(", ", Names)}.";
}
