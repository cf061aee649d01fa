using NodaTime;

namespace Accountability.Goals;

/// <summary>A goal in a <see cref="GoalTree"/>: who owns it, what the target is, and over which period.</summary>
/// <remarks>Immutable and thread-safe. Created by <see cref="GoalTreeBuilder"/>.</remarks>
public sealed class Goal
{
    // default for none: a nullable identifier would take twice the room, in every goal of a tree.
    private readonly GoalId _parentId;
    private readonly WorkItemId _workItem;
    private readonly GoalId[] _childIds;

    internal Goal(GoalId id, string name, PartyId owner, Target target, DateInterval period, GoalId? parentId, WorkItemId? workItem, GoalId[] childIds)
    {
        Id = id;
        Name = name;
        Owner = owner;
        Target = target;
        Period = period;
        _parentId = parentId ?? default;
        _workItem = workItem ?? default;
        _childIds = childIds;
    }

    /// <summary>Gets the goal's identifier.</summary>
    public GoalId Id { get; }

    /// <summary>Gets the goal's display name (its identifier when none was given).</summary>
    public string Name { get; }

    /// <summary>Gets the party that owns the goal and answers for its target.</summary>
    public PartyId Owner { get; }

    /// <summary>Gets the target.</summary>
    public Target Target { get; }

    /// <summary>Gets the period (dates inclusive).</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the parent goal's identifier, or <see langword="null"/> for a root.</summary>
    public GoalId? ParentId => _parentId.IsDefault ? default(GoalId?) : _parentId;

    /// <summary>Gets the work item this goal stands for, if any, so a responsibility matrix can say who is accountable for it.</summary>
    public WorkItemId? WorkItem => _workItem.IsDefault ? default(WorkItemId?) : _workItem;

    /// <summary>Gets the children's identifiers, in the order they were declared.</summary>
    public IReadOnlyList<GoalId> ChildIds => _childIds;

    /// <summary>Tells whether the goal has no children.</summary>
    public bool IsLeaf => _childIds.Length == 0;

    internal Goal With(Target? target = null, DateInterval? period = null, GoalId[]? childIds = null) =>
        new(Id, Name, Owner, target ?? Target, period ?? Period, ParentId, WorkItem, childIds ?? [.. _childIds]);

    /// <summary>Describes the goal, e.g. <c>rep-1 (alice): 1200.00 USD over 2026-01-01..2026-12-31</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id} ({Owner}): {Target} over {GoalText.Period(Period)}";
}
