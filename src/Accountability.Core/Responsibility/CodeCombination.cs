namespace Accountability.Responsibility;

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
