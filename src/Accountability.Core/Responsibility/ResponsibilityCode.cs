namespace Accountability.Responsibility;

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
