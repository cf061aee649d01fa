namespace Accountability.Responsibility;

/// <summary>
/// The codes a <see cref="ResponsibilityMatrix"/> may write in its cells and the rules that govern them:
/// RACI and its common variants are built in, and integrators define their own with <see cref="Create"/>.
/// </summary>
/// <remarks>
/// <para>Rules every scheme follows, enforced by the matrix checks:</para>
/// <list type="bullet">
/// <item>exactly one code means <see cref="Involvement.Accountable"/>, and each work item has exactly one party holding it;</item>
/// <item>at least one code means <see cref="Involvement.Responsible"/>, and each work item has at least one party holding one of them;</item>
/// <item>a code with <see cref="ResponsibilityCode.MaximumPerItem"/> is held by at most that many parties per item;</item>
/// <item>no party holds both codes of a <see cref="ForbiddenCombinations">forbidden combination</see> on the same item.</item>
/// </list>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ResponsibilityScheme
{
    private readonly ResponsibilityCode[] _codes;
    private readonly CodeCombination[] _forbidden;
    private readonly Dictionary<string, ResponsibilityCode> _bySymbol;

    private ResponsibilityScheme(string name, ResponsibilityCode[] codes, CodeCombination[] forbidden)
    {
        Name = name;
        _codes = codes;
        _forbidden = forbidden;
        _bySymbol = codes.ToDictionary(c => c.Symbol, StringComparer.Ordinal);
        Accountable = codes.Single(c => c.Involvement == Involvement.Accountable);
    }

    /// <summary>
    /// RACI: Responsible (R), Accountable (A), Consulted (C), Informed (I). Forbidden together: A+C, A+I and C+I
    /// (the Accountable party is not consulted or informed about its own item; a consulted party is already informed).
    /// </summary>
    public static ResponsibilityScheme Raci { get; } = Create(
        "RACI",
        [R(), A(), C(), I()],
        [new("A", "C"), new("A", "I"), new("C", "I")]);

    /// <summary>RASCI: RACI plus Support (S), who helps the Responsible. Forbidden together: those of RACI plus R+S.</summary>
    public static ResponsibilityScheme Rasci { get; } = Create(
        "RASCI",
        [R(), A(), new("S", "Support", Involvement.Support), C(), I()],
        [new("A", "C"), new("A", "I"), new("C", "I"), new("R", "S")]);

    /// <summary>
    /// RACI-VS: RACI plus Verifier (V) and Signatory (S, at most one per item). Forbidden together: those of RACI
    /// plus R+V (nobody verifies their own work).
    /// </summary>
    public static ResponsibilityScheme RaciVs { get; } = Create(
        "RACI-VS",
        [R(), A(), C(), I(), new("V", "Verifier", Involvement.Verifier), new("S", "Signatory", Involvement.Signatory, maximumPerItem: 1)],
        [new("A", "C"), new("A", "I"), new("C", "I"), new("R", "V")]);

    /// <summary>
    /// DACI: Driver (D, does and drives the work: Responsible), Approver (A: Accountable), Contributor (C: Consulted),
    /// Informed (I). Forbidden together: D+A (the driver does not approve their own work), A+C, A+I, C+I.
    /// </summary>
    public static ResponsibilityScheme Daci { get; } = Create(
        "DACI",
        [new("D", "Driver", Involvement.Responsible), new("A", "Approver", Involvement.Accountable), new("C", "Contributor", Involvement.Consulted), I()],
        [new("D", "A"), new("A", "C"), new("A", "I"), new("C", "I")]);

    /// <summary>The scheme's name, such as <c>RACI</c>.</summary>
    public string Name { get; }

    /// <summary>The codes, in the order cells show them.</summary>
    public IReadOnlyList<ResponsibilityCode> Codes => _codes;

    /// <summary>The pairs of codes that one party may not hold together on the same item.</summary>
    public IReadOnlyList<CodeCombination> ForbiddenCombinations => _forbidden;

    /// <summary>The one code that means <see cref="Involvement.Accountable"/>.</summary>
    public ResponsibilityCode Accountable { get; }

    /// <summary>Defines a scheme, checking that its codes and rules make sense.</summary>
    /// <param name="name">The scheme's name.</param>
    /// <param name="codes">The codes, in the order cells show them.</param>
    /// <param name="forbiddenCombinations">Pairs of codes one party may not hold together on an item; none when omitted.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null or contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or white space.</exception>
    /// <exception cref="AccountabilityException">
    /// Every problem at once: duplicate symbols (<c>duplicate-code</c>), not exactly one Accountable code
    /// (<c>scheme-accountable-code</c>), no Responsible code (<c>scheme-responsible-code</c>), a combination naming an
    /// unknown code (<c>unknown-code</c>).
    /// </exception>
    public static ResponsibilityScheme Create(string name, IEnumerable<ResponsibilityCode> codes, IEnumerable<CodeCombination>? forbiddenCombinations = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(codes);
        ResponsibilityCode[] codeArray = [.. codes];
        CodeCombination[] forbidden = [.. forbiddenCombinations ?? []];
        if (Array.Exists(codeArray, c => c is null))
        {
            throw new ArgumentNullException(nameof(codes), "Codes cannot contain null.");
        }

        if (Array.Exists(forbidden, c => c is null))
        {
            throw new ArgumentNullException(nameof(forbiddenCombinations), "Combinations cannot contain null.");
        }

        var problems = new ProblemCollector();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < codeArray.Length; i++)
        {
            if (!seen.Add(codeArray[i].Symbol))
            {
                problems.Error(ProblemPath.Join(ProblemPath.Index("codes", i), "symbol"), ResponsibilityProblemCodes.DuplicateCode, $"The code '{codeArray[i].Symbol}' is defined more than once in the scheme '{name}'.", codeArray[i].Symbol);
            }
        }

        int accountable = codeArray.Count(c => c.Involvement == Involvement.Accountable);
        if (accountable != 1)
        {
            problems.Error("codes", ResponsibilityProblemCodes.SchemeAccountableCode, $"The scheme '{name}' must have exactly one code meaning Accountable; it has {accountable}.", accountable);
        }

        if (!Array.Exists(codeArray, c => c.Involvement == Involvement.Responsible))
        {
            problems.Error("codes", ResponsibilityProblemCodes.SchemeResponsibleCode, $"The scheme '{name}' must have at least one code meaning Responsible.");
        }

        for (int i = 0; i < forbidden.Length; i++)
        {
            foreach (string symbol in new[] { forbidden[i].First, forbidden[i].Second })
            {
                if (!seen.Contains(symbol))
                {
                    problems.Error(ProblemPath.Index("forbiddenCombinations", i), ResponsibilityProblemCodes.UnknownCode, $"'{symbol}' is not a code of the scheme '{name}'.", symbol);
                }
            }
        }

        problems.ThrowIfErrors();
        return new ResponsibilityScheme(name, codeArray, [.. forbidden.Distinct()]);
    }

    /// <summary>Finds the code written as <paramref name="symbol"/>.</summary>
    /// <param name="symbol">The symbol, such as <c>A</c>.</param>
    /// <param name="code">The code, when found.</param>
    /// <returns><see langword="true"/> when the scheme has the code.</returns>
    public bool TryGetCode(string? symbol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResponsibilityCode? code)
    {
        if (symbol is null)
        {
            code = null;
            return false;
        }

        return _bySymbol.TryGetValue(symbol, out code);
    }

    /// <summary>Tells whether one party may not hold both <paramref name="a"/> and <paramref name="b"/> on one item under this scheme.</summary>
    /// <param name="a">A symbol.</param>
    /// <param name="b">Another symbol.</param>
    /// <returns><see langword="true"/> when the pair is forbidden.</returns>
    public bool Forbids(string a, string b) => Array.Exists(_forbidden, f => f.Matches(a, b));

    /// <summary>Returns the scheme's name and symbols, such as <c>RACI (R, A, C, I)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " (" + string.Join(", ", _codes.Select(c => c.Symbol)) + ")";

    internal int IndexOf(string symbol) => Array.FindIndex(_codes, c => string.Equals(c.Symbol, symbol, StringComparison.Ordinal));

    internal string ListSymbols() => string.Join(", ", _codes.Select(c => c.Symbol));

    private static ResponsibilityCode R() => new("R", "Responsible", Involvement.Responsible);

    private static ResponsibilityCode A() => new("A", "Accountable", Involvement.Accountable);

    private static ResponsibilityCode C() => new("C", "Consulted", Involvement.Consulted);

    private static ResponsibilityCode I() => new("I", "Informed", Involvement.Informed);
}
