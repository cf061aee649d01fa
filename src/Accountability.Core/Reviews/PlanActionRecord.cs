using Accountability.Feedback;
using NodaTime;

namespace Accountability.Reviews;

/// <summary>
/// One entry of an improvement plan's history kept as a record in an <see cref="IAccountabilityStore"/>: an action
/// added (no <see cref="From"/>) or its status changed, with the action's title, owner, due date and kind.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Written by <see cref="ReviewJournal.SavePlanAsync"/> to the stream
/// <c>plan/{subject}/{made on}</c>, one record per history entry in order; its <see cref="AccountabilityRecord.Subject"/> is
/// the plan's subject and its author whoever made the change.
/// </remarks>
public sealed class PlanActionRecord : AccountabilityRecord
{
    /// <summary>The record kind: <c>plan-action</c>.</summary>
    public const string RecordKind = RecordKinds.PlanAction;

    internal PlanActionRecord(RecordId id, ActionStatusChange change, PlannedAction action, PartyId subject, LocalDate planMadeOn)
        : base(id, change.At, change.By, RecordSubject.Of(subject))
    {
        PlanMadeOn = planMadeOn;
        Action = change.Action;
        Title = action.Title;
        Owner = action.Owner;
        Due = action.Due;
        ActionKind = action.Kind;
        From = change.From;
        To = change.To;
        Reason = change.Reason;
    }

    /// <inheritdoc/>
    public override string Kind => RecordKind;

    /// <summary>The day the plan was made (with the subject, it names the plan).</summary>
    public LocalDate PlanMadeOn { get; }

    /// <summary>The action's number in the plan, from 1.</summary>
    public int Action { get; }

    /// <summary>The action's title.</summary>
    public string Title { get; }

    /// <summary>Who owns the action.</summary>
    public PartyId Owner { get; }

    /// <summary>When the action is due.</summary>
    public LocalDate Due { get; }

    /// <summary>The kind of action (improvement, support, training).</summary>
    public ActionKind ActionKind { get; }

    /// <summary>The status before the change; null when the action was added.</summary>
    public ActionStatus? From { get; }

    /// <summary>The status after the change.</summary>
    public ActionStatus To { get; }

    /// <summary>Why, when a reason was given.</summary>
    public string? Reason { get; }
}
