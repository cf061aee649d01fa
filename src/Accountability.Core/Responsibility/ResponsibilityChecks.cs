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
/// <para>
/// A custom check that misbehaves in any way (throws, returns null, reports a null problem, fails part-way, or has a
/// name that is null or cannot be read) is reported as the library's fault report, <c>check-fault</c>, naming the
/// check. On a date before the matrix's <see cref="ResponsibilityMatrix.EffectiveFrom"/> no check runs: the only
/// problem is <c>date-before-version</c>. Every built-in check is linear in the size of the matrix (each role and team
/// is resolved once per date).
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

    private const string Kind = "responsibility check";

    private readonly IResponsibilityCheck[] _checks;
    private readonly string[] _names;

    /// <summary>Creates the set from the built-in checks and <paramref name="customChecks"/>.</summary>
    /// <param name="customChecks">The integrator's checks, run after the built-in ones in the order given.</param>
    /// <param name="options">The limits; <see cref="ResponsibilityOptions.Default"/> when omitted.</param>
    /// <remarks>Each check's <see cref="IResponsibilityCheck.Name"/> is read once, here.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="customChecks"/> is null or contains null.</exception>
    /// <exception cref="AccountabilityException">
    /// Two checks share a name, or a name is empty (<c>duplicate-check</c>, <c>check-name-missing</c>); or a check's
    /// name is null or cannot be read (<c>check-fault</c>, naming the check by its type).
    /// </exception>
    public ResponsibilityChecks(IEnumerable<IResponsibilityCheck> customChecks, ResponsibilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customChecks);
        IResponsibilityCheck[] custom = [.. customChecks];
        if (Array.Exists(custom, c => c is null))
        {
            throw new ArgumentNullException(nameof(customChecks), "The checks cannot contain null.");
        }

        var problems = new ProblemCollector();
        string[] builtInNames = [.. BuiltIn.Select(c => c.Name)];
        var names = new HashSet<string>(builtInNames, StringComparer.Ordinal);
        string[] customNames = new string[custom.Length];
        Exception? firstCause = null;
        for (int i = 0; i < custom.Length; i++)
        {
            string path = ProblemPath.Join(ProblemPath.Index("checks", i), "name");
            string typeName = custom[i].GetType().Name;
            string? name;
            try
            {
                name = custom[i].Name;
            }
            catch (Exception ex) when (PluginFault.IsPluginFault(ex))
            {
                problems.Add(PluginFault.Report(Kind, typeName, path, ResponsibilityProblemCodes.CheckFault, "being registered (reading its name)", ex).Problems[0]);
                firstCause ??= ex;
                customNames[i] = typeName;
                continue;
            }

            customNames[i] = name ?? typeName;
            if (name is null)
            {
                problems.Add(PluginFault.Contract(Kind, typeName, path, ResponsibilityProblemCodes.CheckFault, "being registered", "its name is null.").Problems[0]);
            }
            else if (string.IsNullOrWhiteSpace(name))
            {
                problems.Error(path, ResponsibilityProblemCodes.CheckNameMissing, $"The check {typeName} has no name.");
            }
            else if (!names.Add(name))
            {
                problems.Error(path, ResponsibilityProblemCodes.DuplicateCheck, $"A responsibility check named '{name}' is already registered.", name);
            }
        }

        if (problems.HasErrors)
        {
            throw new AccountabilityException(problems.Problems, firstCause);
        }

        _checks = [.. BuiltIn, .. custom];
        _names = [.. builtInNames, .. customNames];
        Options = options ?? ResponsibilityOptions.Default;
    }

    private ResponsibilityChecks(ResponsibilityChecks checks, ResponsibilityOptions options)
    {
        _checks = checks._checks;
        _names = checks._names;
        Options = options;
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
        return new ResponsibilityChecks(this, options);
    }

    /// <summary>Runs every check on <paramref name="matrix"/> as of <paramref name="on"/> and returns everything found, without throwing for problems.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="on">The evaluation date: roles resolve to the people holding them that day.</param>
    /// <returns>
    /// Every problem, check by check; empty when the matrix follows every rule. On a date before the matrix's
    /// <see cref="ResponsibilityMatrix.EffectiveFrom"/>, only the error <c>date-before-version</c> (no check runs, and
    /// severity overrides do not apply to it).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="AccountabilityException">
    /// A check misbehaved (<c>check-fault</c>, naming it): it threw (whatever it threw, an <see cref="AccountabilityException"/>
    /// of its own included, which is quoted, not passed on), returned null, reported a null problem, or failed part-way
    /// through its problems; the original exception is the inner exception.
    /// </exception>
    public IReadOnlyList<Problem> Validate(ResponsibilityMatrix matrix, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return Validate(new MatrixOnDate(matrix, on));
    }

    internal IReadOnlyList<Problem> Validate(MatrixOnDate day)
    {
        if (day.Matrix.BeforeVersion(day.On) is Problem before)
        {
            return [before];
        }

        var context = new ResponsibilityCheckContext(day, Options);
        string doing = $"checking matrix v{day.Matrix.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)} as of {Tenure.Iso(day.On)}";
        var problems = new List<Problem>();
        for (int c = 0; c < _checks.Length; c++)
        {
            string name = _names[c];
            string path = ProblemPath.Key("checks", name);
            AccountabilityException? fault = null;
            try
            {
                IEnumerable<Problem>? found = _checks[c].Check(context);
                if (found is null)
                {
                    fault = PluginFault.Contract(Kind, name, path, ResponsibilityProblemCodes.CheckFault, doing, "it returned null instead of a list of problems.");
                }
                else
                {
                    foreach (Problem? problem in found)
                    {
                        if (problem is null)
                        {
                            fault = PluginFault.Contract(Kind, name, path, ResponsibilityProblemCodes.CheckFault, doing, "it reported a null problem.");
                            break;
                        }

                        problems.Add(Options.SeverityOverrides.TryGetValue(problem.Code, out ProblemSeverity severity) && severity != problem.Severity
                            ? new Problem(problem.Path, problem.Code, problem.Message, severity, problem.AttemptedValue)
                            : problem);
                    }
                }
            }
            catch (Exception ex) when (PluginFault.IsPluginFault(ex))
            {
                fault = PluginFault.Report(Kind, name, path, ResponsibilityProblemCodes.CheckFault, doing, ex);
            }

            if (fault is not null)
            {
                throw fault;
            }
        }

        return problems;
    }
}
