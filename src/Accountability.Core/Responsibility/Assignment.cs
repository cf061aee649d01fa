namespace Accountability.Responsibility;

/// <summary>
/// One cell of a <see cref="ResponsibilityMatrix"/>: the codes a party holds on a work item, such as
/// <c>R</c> and <c>A</c>.
/// </summary>
/// <remarks>
/// Plain, immutable and thread-safe data with value equality (the order of the codes does not matter).
/// The constructor does not check the codes against a scheme, so that data read from elsewhere can be
/// reported rather than thrown: <see cref="ResponsibilityMatrixBuilder.Build"/> reports unknown codes.
/// Inside a matrix, the codes are distinct and in the scheme's order.
/// </remarks>
public sealed class Assignment : IEquatable<Assignment>
{
    /// <summary>Creates a cell.</summary>
    /// <param name="workItem">The work item (the row).</param>
    /// <param name="party">The party (the column).</param>
    /// <param name="codes">The symbols of the codes the party holds on the item.</param>
    /// <exception cref="ArgumentException"><paramref name="workItem"/> or <paramref name="party"/> is <c>default</c>, or a code is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    public Assignment(WorkItemId workItem, PartyId party, IEnumerable<string> codes)
    {
        Identifier.ThrowIfDefault(workItem, "The work item is required.", nameof(workItem));

        Identifier.ThrowIfDefault(party, "The party is required.", nameof(party));

        ArgumentNullException.ThrowIfNull(codes);
        string[] copy = [.. codes];
        if (Array.Exists(copy, c => c is null))
        {
            throw new ArgumentException("Codes cannot contain null.", nameof(codes));
        }

        WorkItem = workItem;
        Party = party;
        Codes = copy;
    }

    /// <summary>The work item (the row).</summary>
    public WorkItemId WorkItem { get; }

    /// <summary>The party (the column).</summary>
    public PartyId Party { get; }

    /// <summary>The symbols of the codes the party holds on the item.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Tells whether the cell holds <paramref name="symbol"/>.</summary>
    /// <param name="symbol">A code's symbol.</param>
    /// <returns><see langword="true"/> when the code is in the cell.</returns>
    public bool Has(string symbol) => Codes.Contains(symbol, StringComparer.Ordinal);

    /// <inheritdoc/>
    public bool Equals(Assignment? other) =>
        other is not null && WorkItem == other.WorkItem && Party == other.Party &&
        Codes.ToHashSet(StringComparer.Ordinal).SetEquals(other.Codes);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Assignment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WorkItem, Party);

    /// <summary>Returns <c>item × party: R/A</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => WorkItem.Value + " × " + Party.Value + ": " + string.Join("/", Codes);
}
