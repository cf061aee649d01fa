using NodaTime;

namespace Accountability.Goals;

/// <summary>
/// A child goal whose target is not given but split from its parent's target when the tree is built
/// (see <see cref="GoalTreeBuilder.AddSplit"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlannedGoal
{
    // default for none: a nullable identifier would take twice the room, in every goal of a large split.
    private readonly WorkItemId _workItem;

    /// <summary>Creates a planned child goal.</summary>
    /// <param name="id">The goal's identifier.</param>
    /// <param name="owner">The owner.</param>
    /// <param name="part">Its part of the split: weight, baseline, bounds or locked value.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="owner"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is null.</exception>
    public PlannedGoal(GoalId id, PartyId owner, SplitPart part)
    {
        Identifier.ThrowIfDefault(id, "A goal identifier is required.", nameof(id));

        Identifier.ThrowIfDefault(owner, "An owner is required.", nameof(owner));

        ArgumentNullException.ThrowIfNull(part);
        Id = id;
        Owner = owner;
        Part = part;
    }

    /// <summary>Gets the goal's identifier.</summary>
    public GoalId Id { get; }

    /// <summary>Gets the owner.</summary>
    public PartyId Owner { get; }

    /// <summary>Gets the goal's part of the split.</summary>
    public SplitPart Part { get; }

    /// <summary>Gets the display name, or <see langword="null"/> to use the identifier.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the period, or <see langword="null"/> for the parent's period.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>Gets the work item the goal stands for, if any.</summary>
    public WorkItemId? WorkItem
    {
        get => _workItem.IsDefault ? default(WorkItemId?) : _workItem;
        init => _workItem = value ?? default;
    }
}
