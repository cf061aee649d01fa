namespace Accountability.Reviews;

/// <summary>What kind of action an <see cref="PlannedAction"/> is.</summary>
public enum ActionKind
{
    /// <summary>Something the owner does to improve (the default).</summary>
    Improvement = 0,

    /// <summary>A request for support (coaching, a manager's help, resources).</summary>
    Support = 1,

    /// <summary>A request for training.</summary>
    Training = 2,
}
