namespace Accountability.Responsibility;

/// <summary>
/// The configurable limits of the built-in responsibility checks.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; each <c>With…</c> method returns a changed copy. Start from <see cref="Default"/>.
/// </remarks>
public sealed class ResponsibilityOptions
{
    private ResponsibilityOptions(int overloadLimit, int maximumConsulted, CodeCombination[] forbidden, bool useSchemeForbidden, Dictionary<string, ProblemSeverity> severities)
    {
        OverloadLimit = overloadLimit;
        MaximumConsulted = maximumConsulted;
        ForbiddenCombinations = forbidden;
        UseSchemeForbiddenCombinations = useSchemeForbidden;
        SeverityOverrides = severities;
    }

    /// <summary>
    /// The defaults: a party may be Accountable for up to 10 items, an item may have up to 5 Consulted parties,
    /// the scheme's forbidden combinations apply, and every problem keeps the severity its check gives it.
    /// </summary>
    public static ResponsibilityOptions Default { get; } = new(10, 5, [], true, new Dictionary<string, ProblemSeverity>(StringComparer.Ordinal));

    /// <summary>The most work items one party may be Accountable for on a date before the <c>overload</c> warning.</summary>
    public int OverloadLimit { get; }

    /// <summary>The most parties that may be Consulted on one work item before the <c>too-many-consulted</c> warning.</summary>
    public int MaximumConsulted { get; }

    /// <summary>Combinations forbidden in addition to the scheme's; symbols the scheme does not know are reported as warnings.</summary>
    public IReadOnlyList<CodeCombination> ForbiddenCombinations { get; }

    /// <summary>Whether the scheme's own <see cref="ResponsibilityScheme.ForbiddenCombinations"/> are checked (the default).</summary>
    public bool UseSchemeForbiddenCombinations { get; }

    /// <summary>Severities that replace those the checks give, by problem code (such as <c>overload</c>); custom checks' problems included.</summary>
    public IReadOnlyDictionary<string, ProblemSeverity> SeverityOverrides { get; }

    /// <summary>Returns a copy with another overload limit.</summary>
    /// <param name="limit">The most items one party may be Accountable for; zero or more.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    public ResponsibilityOptions WithOverloadLimit(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return new(limit, MaximumConsulted, [.. ForbiddenCombinations], UseSchemeForbiddenCombinations, Copy());
    }

    /// <summary>Returns a copy with another limit of Consulted parties per item.</summary>
    /// <param name="maximum">The most Consulted parties per item; zero or more.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is negative.</exception>
    public ResponsibilityOptions WithMaximumConsulted(int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maximum);
        return new(OverloadLimit, maximum, [.. ForbiddenCombinations], UseSchemeForbiddenCombinations, Copy());
    }

    /// <summary>Returns a copy that also forbids one party from holding <paramref name="first"/> and <paramref name="second"/> on one item.</summary>
    /// <param name="first">One code's symbol.</param>
    /// <param name="second">The other code's symbol.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException">A symbol is null or white space, or both are the same.</exception>
    public ResponsibilityOptions WithForbiddenCombination(string first, string second)
    {
        var combination = new CodeCombination(first, second);
        CodeCombination[] forbidden = ForbiddenCombinations.Contains(combination) ? [.. ForbiddenCombinations] : [.. ForbiddenCombinations, combination];
        return new(OverloadLimit, MaximumConsulted, forbidden, UseSchemeForbiddenCombinations, Copy());
    }

    /// <summary>Returns a copy that checks, or ignores, the scheme's own forbidden combinations.</summary>
    /// <param name="use"><see langword="false"/> to check only <see cref="ForbiddenCombinations"/>.</param>
    /// <returns>The changed copy.</returns>
    public ResponsibilityOptions WithSchemeForbiddenCombinations(bool use) =>
        new(OverloadLimit, MaximumConsulted, [.. ForbiddenCombinations], use, Copy());

    /// <summary>Returns a copy that reports every problem with code <paramref name="problemCode"/> at <paramref name="severity"/>.</summary>
    /// <param name="problemCode">A problem code, such as <c>overload</c> or <c>responsible-missing</c>.</param>
    /// <param name="severity">The severity to report it with.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="problemCode"/> is null or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is undefined.</exception>
    public ResponsibilityOptions WithSeverity(string problemCode, ProblemSeverity severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problemCode);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown problem severity.");
        }

        Dictionary<string, ProblemSeverity> severities = Copy();
        severities[problemCode] = severity;
        return new(OverloadLimit, MaximumConsulted, [.. ForbiddenCombinations], UseSchemeForbiddenCombinations, severities);
    }

    private Dictionary<string, ProblemSeverity> Copy() => new(SeverityOverrides, StringComparer.Ordinal);
}
