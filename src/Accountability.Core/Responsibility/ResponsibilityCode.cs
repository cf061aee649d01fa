namespace Accountability.Responsibility;

/// <summary>
/// What a code of a <see cref="ResponsibilityScheme"/> means, in the terms the library's checks and
/// queries understand. DACI's Approver, for example, is <see cref="Accountable"/>.
/// </summary>
public enum Involvement
{
    /// <summary>Answers for the outcome; exactly one per work item.</summary>
    Accountable = 0,

    /// <summary>Does the work; at least one per work item.</summary>
    Responsible = 1,

    /// <summary>Asked before decisions; two-way communication.</summary>
    Consulted = 2,

    /// <summary>Told of progress and decisions; one-way communication.</summary>
    Informed = 3,

    /// <summary>Helps those who do the work (RASCI's S).</summary>
    Support = 4,

    /// <summary>Checks the result against its criteria (RACI-VS's V).</summary>
    Verifier = 5,

    /// <summary>Signs the result off (RACI-VS's S).</summary>
    Signatory = 6,

    /// <summary>An integrator's own meaning, which the built-in checks do not interpret.</summary>
    Other = 7,
}

/// <summary>One code of a <see cref="ResponsibilityScheme"/>, such as <c>A</c> for Accountable.</summary>
/// <remarks>Immutable and thread-safe, with value equality.</remarks>
public sealed class ResponsibilityCode : IEquatable<ResponsibilityCode>
{
    /// <summary>Creates a code.</summary>
    /// <param name="symbol">The short symbol written in matrix cells, such as <c>A</c>; compared ordinally (case-sensitive).</param>
    /// <param name="name">The full name, such as <c>Accountable</c>.</param>
    /// <param name="involvement">What the code means to the checks and queries.</param>
    /// <param name="maximumPerItem">How many parties may hold the code on one work item; <see langword="null"/> for no limit.</param>
    /// <exception cref="ArgumentException"><paramref name="symbol"/> or <paramref name="name"/> is null or white space, or <paramref name="symbol"/> contains white space, <c>/</c>, <c>,</c> or <c>|</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="involvement"/> is undefined or <paramref name="maximumPerItem"/> is less than one.</exception>
    public ResponsibilityCode(string symbol, string name, Involvement involvement, int? maximumPerItem = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (symbol.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or ',' or '|' or '"'))
        {
            throw new ArgumentException($"The code symbol '{symbol}' cannot contain white space, control characters, '/', ',', '|' or '\"'.", nameof(symbol));
        }

        if (!Enum.IsDefined(involvement))
        {
            throw new ArgumentOutOfRangeException(nameof(involvement), involvement, "Unknown involvement.");
        }

        if (maximumPerItem is int max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, 1, nameof(maximumPerItem));
        }

        Symbol = symbol;
        Name = name;
        Involvement = involvement;
        MaximumPerItem = maximumPerItem;
    }

    /// <summary>The short symbol written in matrix cells, such as <c>A</c>.</summary>
    public string Symbol { get; }

    /// <summary>The full name, such as <c>Accountable</c>.</summary>
    public string Name { get; }

    /// <summary>What the code means to the checks and queries.</summary>
    public Involvement Involvement { get; }

    /// <summary>How many parties may hold the code on one work item; <see langword="null"/> for no limit.</summary>
    public int? MaximumPerItem { get; }

    /// <inheritdoc/>
    public bool Equals(ResponsibilityCode? other) =>
        other is not null && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal) && string.Equals(Name, other.Name, StringComparison.Ordinal) &&
        Involvement == other.Involvement && MaximumPerItem == other.MaximumPerItem;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResponsibilityCode);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Symbol), Involvement);

    /// <summary>Returns <c>A (Accountable)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Symbol + " (" + Name + ")";
}

/// <summary>Two codes that one party may not hold together on the same work item.</summary>
/// <remarks>Immutable and thread-safe; equality ignores the order of the two symbols.</remarks>
public sealed class CodeCombination : IEquatable<CodeCombination>
{
    /// <summary>Creates the combination.</summary>
    /// <param name="first">One code's symbol.</param>
    /// <param name="second">The other code's symbol.</param>
    /// <exception cref="ArgumentException">A symbol is null or white space, or both are the same.</exception>
    public CodeCombination(string first, string second)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(first);
        ArgumentException.ThrowIfNullOrWhiteSpace(second);
        if (string.Equals(first, second, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A combination needs two different codes; both are '{first}'.", nameof(second));
        }

        First = first;
        Second = second;
    }

    /// <summary>One code's symbol.</summary>
    public string First { get; }

    /// <summary>The other code's symbol.</summary>
    public string Second { get; }

    /// <summary>Tells whether the combination is made of <paramref name="a"/> and <paramref name="b"/>, in either order.</summary>
    /// <param name="a">A symbol.</param>
    /// <param name="b">Another symbol.</param>
    /// <returns><see langword="true"/> when the two symbols are this combination.</returns>
    public bool Matches(string a, string b) =>
        (string.Equals(First, a, StringComparison.Ordinal) && string.Equals(Second, b, StringComparison.Ordinal)) ||
        (string.Equals(First, b, StringComparison.Ordinal) && string.Equals(Second, a, StringComparison.Ordinal));

    /// <inheritdoc/>
    public bool Equals(CodeCombination? other) => other is not null && Matches(other.First, other.Second);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        StringComparer.Ordinal.GetHashCode(First) ^ StringComparer.Ordinal.GetHashCode(Second);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CodeCombination);

    /// <summary>Returns <c>A+C</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => First + "+" + Second;
}
