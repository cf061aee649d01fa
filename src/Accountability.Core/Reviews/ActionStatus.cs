namespace Accountability.Reviews;

/// <summary>
/// Where an action of an <see cref="ImprovementPlan"/> stands. The allowed changes (see <see cref="PlannedAction.IsAllowed"/>):
/// open → in progress, done or dropped; in progress → done or dropped; done and dropped are final. Dropping needs a reason.
/// </summary>
public enum ActionStatus
{
    /// <summary>Planned, not started.</summary>
    Open = 0,

    /// <summary>Started.</summary>
    InProgress = 1,

    /// <summary>Done (final).</summary>
    Done = 2,

    /// <summary>Dropped, with a reason (final).</summary>
    Dropped = 3,
}
