namespace Accountability.Responsibility;

/// <summary>
/// A criterion subjects are scored on, as the "measured on what they own" check sees it: its identifier, its name and
/// the work item it measures (see <see cref="ResponsibilitySnapshot.CheckOwnership"/>).
/// </summary>
/// <remarks>Plain, immutable and thread-safe data. The scoring stage makes these from its criteria.</remarks>
public sealed class CriterionWork
{
    /// <summary>Creates the description of a criterion.</summary>
    /// <param name="criterion">The criterion's identifier.</param>
    /// <param name="name">The criterion's name, for messages.</param>
    /// <param name="workItem">The work item the criterion measures; <see langword="null"/> when it names none.</param>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> or a given <paramref name="workItem"/> is <c>default</c>; <paramref name="name"/> is null or white space.</exception>
    public CriterionWork(CriterionId criterion, string name, WorkItemId? workItem)
    {
        Identifier.ThrowIfDefault(criterion, "The criterion identifier is required.", nameof(criterion));
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (workItem is WorkItemId w && w.IsDefault)
        {
            throw new ArgumentException("The work item identifier, when given, cannot be default.", nameof(workItem));
        }

        Criterion = criterion;
        Name = name;
        WorkItem = workItem;
    }

    /// <summary>The criterion's identifier.</summary>
    public CriterionId Criterion { get; }

    /// <summary>The criterion's name.</summary>
    public string Name { get; }

    /// <summary>The work item the criterion measures; <see langword="null"/> when it names none.</summary>
    public WorkItemId? WorkItem { get; }

    /// <summary>Returns <c>Name (id) on work-item</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " (" + Criterion.Value + ")" + (WorkItem is WorkItemId w ? " on " + w.Value : string.Empty);
}
