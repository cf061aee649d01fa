namespace Accountability.Responsibility;

/// <summary>
/// A row of a <see cref="ResponsibilityMatrix"/>: a task, deliverable, goal or criterion that someone
/// must answer for, optionally nested under a parent item (a deliverable under a process step).
/// </summary>
/// <remarks>Plain, immutable and thread-safe data with value equality.</remarks>
public sealed class WorkItem : IEquatable<WorkItem>
{
    /// <summary>Creates a work item.</summary>
    /// <param name="id">The item's identifier, unique within a matrix.</param>
    /// <param name="title">The title shown to people.</param>
    /// <param name="parent">The item this one is nested under, if any.</param>
    /// <param name="requiredAuthority">What the Accountable party must be able to decide; <see cref="Authority.None"/> when omitted.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or a given <paramref name="parent"/> is <c>default</c>; <paramref name="title"/> is null, empty or white space.</exception>
    public WorkItem(WorkItemId id, string title, WorkItemId? parent = null, Authority? requiredAuthority = null)
    {
        Identifier.ThrowIfDefault(id, "The work item identifier is required.", nameof(id));

        if (parent is WorkItemId p && p.IsDefault)
        {
            throw new ArgumentException("The parent identifier, when given, cannot be default.", nameof(parent));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = id;
        Title = title;
        Parent = parent;
        RequiredAuthority = requiredAuthority ?? Authority.None;
    }

    /// <summary>The item's identifier.</summary>
    public WorkItemId Id { get; }

    /// <summary>The title shown to people.</summary>
    public string Title { get; }

    /// <summary>The item this one is nested under; <see langword="null"/> for a top-level item.</summary>
    public WorkItemId? Parent { get; }

    /// <summary>What the Accountable party must be able to decide (权责对等); see <see cref="Authority"/>.</summary>
    public Authority RequiredAuthority { get; }

    /// <inheritdoc/>
    public bool Equals(WorkItem? other) =>
        other is not null && Id == other.Id && string.Equals(Title, other.Title, StringComparison.Ordinal) && Parent == other.Parent && RequiredAuthority.Equals(other.RequiredAuthority);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkItem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, StringComparer.Ordinal.GetHashCode(Title), Parent, RequiredAuthority);

    /// <summary>Returns <c>Title (id)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Title + " (" + Id.Value + ")";
}
