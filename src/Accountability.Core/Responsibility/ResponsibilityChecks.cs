using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// The set of checks a <see cref="ResponsibilityMatrix"/> is validated with: the built-in ones, then the
/// integrator's own <see cref="IResponsibilityCheck"/>s, with the <see cref="ResponsibilityOptions"/> they use.
/// </summary>
/// <remarks>
/// <para>Built once, then immutable and thread-safe. The built-in checks, in the order they run, with the problem codes they report:</para>
/// <list type="table">
/// <listheader><term>check</term><description>problems (default severity)</description></listheader>
/// <item><term><c>accountable</c></term><description><c>accountable-missing</c>, <c>accountable-multiple</c>, <c>accountable-ambiguous</c> (a role or team Accountable and held by several people on the date) — errors.</description></item>
/// <item><term><c>responsible</c></term><description><c>responsible-missing</c> — error.</description></item>
/// <item><term><c>code-limits</c></term><description><c>code-above-maximum</c> (a code held by more parties than its <see cref="ResponsibilityCode.MaximumPerItem"/>) — error.</description></item>
/// <item><term><c>authority</c></term><description><c>authority-mismatch</c> (the Accountable party lacks the authority the item requires, 权责对等) — error.</description></item>
/// <item><term><c>vacancy</c></term><description><c>vacancy</c> (a role no one holds, or a team with no member, on the date) — error when the cell holds an Accountable or Responsible code, otherwise warning.</description></item>
/// <item><term><c>combinations</c></term><description><c>forbidden-combination</c> — error; <c>unknown-code</c> for an option naming a code the scheme lacks — warning.</description></item>
/// <item><term><c>consulted</c></term><description><c>too-many-consulted</c> — warning.</description></item>
/// <item><term><c>workload</c></term><description><c>overload</c> (Accountable for more items than <see cref="ResponsibilityOptions.OverloadLimit"/>) — warning; <c>party-unassigned</c> — information.</description></item>
/// </list>
/// <para>
/// Each check reports in identifier order, so results do not depend on the order in which items or parties
/// were added. <see cref="ResponsibilityOptions.SeverityOverrides"/> then replace severities by problem code.
/// </para>
/// </remarks>
public sealed class ResponsibilityChecks
{
    private static readonly IResponsibilityCheck[] BuiltIn =
    [
        new AccountableCheck(),
        new ResponsibleCheck(),
        new CodeLimitCheck(),
        new AuthorityCheck(),
        new VacancyCheck(),
        new CombinationCheck(),
        new ConsultedCheck(),
        new WorkloadCheck(),
    ];

    private readonly IResponsibilityCheck[] _checks;

    /// <summary>Creates the set from the built-in checks and <paramref name="customChecks"/>.</summary>
    /// <param name="customChecks">The integrator's checks, run after the built-in ones in the order given.</param>
    /// <param name="options">The limits; <see cref="ResponsibilityOptions.Default"/> when omitted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="customChecks"/> is null or contains null.</exception>
    /// <exception cref="AccountabilityException">Two checks share a name, or a name is empty (<c>duplicate-check</c>, <c>check-name-missing</c>).</exception>
    public ResponsibilityChecks(IEnumerable<IResponsibilityCheck> customChecks, ResponsibilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customChecks);
        IResponsibilityCheck[] custom = [.. customChecks];
        if (Array.Exists(custom, c => c is null))
        {
            throw new ArgumentNullException(nameof(customChecks), "The checks cannot contain null.");
        }

        var problems = new ProblemCollector();
        var names = new HashSet<string>(BuiltIn.Select(c => c.Name), StringComparer.Ordinal);
        for (int i = 0; i < custom.Length; i++)
        {
            string? name = custom[i].Name;
            string path = ProblemPath.Index("checks", i);
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Error(ProblemPath.Join(path, "name"), ResponsibilityProblemCodes.CheckNameMissing, $"The check {custom[i].GetType().Name} has no name.");
            }
            else if (!names.Add(name))
            {
                problems.Error(ProblemPath.Join(path, "name"), ResponsibilityProblemCodes.DuplicateCheck, $"A responsibility check named '{name}' is already registered.", name);
            }
        }

        problems.ThrowIfErrors();
        _checks = [.. BuiltIn, .. custom];
        Options = options ?? ResponsibilityOptions.Default;
    }

    /// <summary>The built-in checks only, with <see cref="ResponsibilityOptions.Default"/>.</summary>
    public static ResponsibilityChecks Default { get; } = new([]);

    /// <summary>The names of the built-in checks, in the order they run.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = [.. BuiltIn.Select(c => c.Name)];

    /// <summary>Every check, built-in first, in the order they run.</summary>
    public IReadOnlyList<IResponsibilityCheck> Checks => _checks;

    /// <summary>The limits the checks use.</summary>
    public ResponsibilityOptions Options { get; }

    /// <summary>Returns a copy of this set using <paramref name="options"/>.</summary>
    /// <param name="options">The limits.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ResponsibilityChecks WithOptions(ResponsibilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ResponsibilityChecks(_checks.Skip(BuiltIn.Length), options);
    }

    /// <summary>Runs every check on <paramref name="matrix"/> as of <paramref name="on"/> and returns everything found, without throwing for problems.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="on">The evaluation date: roles resolve to the people holding them that day.</param>
    /// <returns>Every problem, check by check; empty when the matrix follows every rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="AccountabilityException">A custom check threw or returned null (<c>check-fault</c>); the original exception is the inner exception.</exception>
    public IReadOnlyList<Problem> Validate(ResponsibilityMatrix matrix, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var context = new ResponsibilityCheckContext(matrix, on, Options);
        var problems = new List<Problem>();
        foreach (IResponsibilityCheck check in _checks)
        {
            List<Problem> found;
            try
            {
                found = [.. check.Check(context) ?? throw new InvalidOperationException("The check returned null instead of a list of problems.")];
            }
            catch (Exception ex) when (ex is not AccountabilityException)
            {
                throw new AccountabilityException(
                    [new Problem(ProblemPath.Key("checks", check.Name), ResponsibilityProblemCodes.CheckFault, $"The responsibility check '{check.Name}' failed: {ex.Message}")],
                    ex);
            }

            foreach (Problem problem in found)
            {
                if (problem is null)
                {
                    throw new AccountabilityException([new Problem(ProblemPath.Key("checks", check.Name), ResponsibilityProblemCodes.CheckFault, $"The responsibility check '{check.Name}' reported a null problem.")]);
                }

                problems.Add(Options.SeverityOverrides.TryGetValue(problem.Code, out ProblemSeverity severity) && severity != problem.Severity
                    ? new Problem(problem.Path, problem.Code, problem.Message, severity, problem.AttemptedValue)
                    : problem);
            }
        }

        return problems;
    }
}
