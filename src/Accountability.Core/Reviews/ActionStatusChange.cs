using NodaTime;

namespace Accountability.Reviews;

/// <summary>
/// One recorded entry of an action's history: who changed its status, when, from what to what, and why. The first
/// entry of every action records its adding to the plan (<see cref="From"/> is <see langword="null"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ActionStatusChange
{
    internal ActionStatusChange(int action, ActionStatus? from, ActionStatus to, PartyId by, Instant at, string? reason)
    {
        Action = action;
        From = from;
        To = to;
        By = by;
        At = at;
        Reason = reason;
    }

    /// <summary>The number of the action in its plan (see <see cref="PlannedAction.Number"/>).</summary>
    public int Action { get; }

    /// <summary>The status before; <see langword="null"/> when this entry records the action's adding.</summary>
    public ActionStatus? From { get; }

    /// <summary>The status after.</summary>
    public ActionStatus To { get; }

    /// <summary>Who made the change.</summary>
    public PartyId By { get; }

    /// <summary>When the change was recorded.</summary>
    public Instant At { get; }

    /// <summary>Why, when said (always said when an action is dropped).</summary>
    public string? Reason { get; }

    /// <summary>Describes the change, such as <c>action 2: open → done by ana at 2026-04-02T09:00:00Z</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        ReviewChecks.Invariant($"action {Action}: {(From is { } from ? PlannedAction.Describe(from) + " → " : "added as ")}{PlannedAction.Describe(To)} by {By} at {ReviewChecks.Format(At)}{(Reason is null ? string.Empty : ": " + Reason)}");
}
