using NodaTime;

namespace Accountability.Reviews;

/// <summary>
/// What a <see cref="PlannedAction"/> addresses: a criterion's result for a scored period, or a goal.
/// Links between stages are ids, never references to the other stage's objects.
/// </summary>
/// <remarks>Immutable and thread-safe. Made with <see cref="ForCriterion"/> or <see cref="ForGoal"/>.</remarks>
public sealed class ActionLink
{
    private ActionLink(CriterionId? criterion, DateInterval? period, GoalId? goal)
    {
        Criterion = criterion;
        Period = period;
        Goal = goal;
    }

    /// <summary>The criterion addressed, when the action addresses a criterion's result.</summary>
    public CriterionId? Criterion { get; }

    /// <summary>The scored period of <see cref="Criterion"/>'s result (inclusive dates), when the action addresses a criterion.</summary>
    public DateInterval? Period { get; }

    /// <summary>The goal addressed, when the action addresses a goal.</summary>
    public GoalId? Goal { get; }

    /// <summary>Links an action to a criterion's result for a scored period.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="period">The scored period (inclusive dates).</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static ActionLink ForCriterion(CriterionId criterion, DateInterval period)
    {
        if (criterion.IsDefault)
        {
            throw new ArgumentException("The criterion must be named.", nameof(criterion));
        }

        ArgumentNullException.ThrowIfNull(period);
        return new ActionLink(criterion, period, null);
    }

    /// <summary>Links an action to a goal.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="goal"/> is <c>default</c>.</exception>
    public static ActionLink ForGoal(GoalId goal)
    {
        if (goal.IsDefault)
        {
            throw new ArgumentException("The goal must be named.", nameof(goal));
        }

        return new ActionLink(null, null, goal);
    }

    /// <summary>Describes the link, such as <c>criterion sales (2026-01-01/2026-03-31)</c> or <c>goal ana-2026</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        Criterion is { } criterion
            ? $"criterion {criterion} ({ReviewChecks.Format(Period!.Start)}/{ReviewChecks.Format(Period.End)})"
            : $"goal {Goal}";
}
