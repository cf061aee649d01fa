using NodaTime;

namespace Accountability.Reviews;

/// <summary>
/// One action of an <see cref="ImprovementPlan"/>: what is to be done, by whom, by when, where it stands, what it addresses,
/// and every status change it went through. Support and training requests are actions of their <see cref="Kind"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Actions change only through their plan (<see cref="ImprovementPlan.ChangeStatus"/>), which
/// returns a new plan whose action has one more <see cref="History"/> entry; nothing is edited in place.
/// </remarks>
public sealed class PlannedAction
{
    /// <summary>The longest title an action may have: 500 characters.</summary>
    public const int MaxTitleLength = 500;

    private readonly ActionStatusChange[] _history;

    internal PlannedAction(int number, ActionKind kind, string title, PartyId owner, LocalDate due, ActionLink? addresses, CriterionGap? gap, ActionStatusChange[] history)
    {
        Number = number;
        Kind = kind;
        Title = title;
        Owner = owner;
        Due = due;
        Addresses = addresses;
        Gap = gap;
        _history = history;
    }

    /// <summary>The action's number in its plan: 1 for the first action added, then 2, 3, …</summary>
    public int Number { get; }

    /// <summary>What kind of action it is.</summary>
    public ActionKind Kind { get; }

    /// <summary>What is to be done.</summary>
    public string Title { get; }

    /// <summary>Who owns the action.</summary>
    public PartyId Owner { get; }

    /// <summary>The date by which it is due (it is overdue from the day after, while neither done nor dropped).</summary>
    public LocalDate Due { get; }

    /// <summary>Where it stands: the status of the last <see cref="History"/> entry.</summary>
    public ActionStatus Status => _history[^1].To;

    /// <summary>What the action addresses, if said.</summary>
    public ActionLink? Addresses { get; }

    /// <summary>For a proposed action (<see cref="ImprovementPlan.Propose"/>): the criterion's gap it was proposed for.</summary>
    public CriterionGap? Gap { get; }

    /// <summary>Why the action was dropped; <see langword="null"/> unless <see cref="Status"/> is <see cref="ActionStatus.Dropped"/>.</summary>
    public string? DropReason => Status == ActionStatus.Dropped ? _history[^1].Reason : null;

    /// <summary>Tells whether the action is done or dropped (no further change is allowed).</summary>
    public bool IsFinished => Status is ActionStatus.Done or ActionStatus.Dropped;

    /// <summary>Every entry of the action's history, oldest first; the first records its adding.</summary>
    public IReadOnlyList<ActionStatusChange> History => _history;

    /// <summary>
    /// Tells whether an action may go from one status to another: open → in progress, done or dropped; in progress →
    /// done or dropped. Done and dropped are final; staying in the same status is not a change.
    /// </summary>
    /// <param name="from">The status now.</param>
    /// <param name="to">The status wanted.</param>
    /// <returns><see langword="true"/> when the change is allowed.</returns>
    public static bool IsAllowed(ActionStatus from, ActionStatus to) => (from, to) switch
    {
        (ActionStatus.Open, ActionStatus.InProgress or ActionStatus.Done or ActionStatus.Dropped) => true,
        (ActionStatus.InProgress, ActionStatus.Done or ActionStatus.Dropped) => true,
        _ => false,
    };

    /// <summary>Tells whether the action is overdue on a date: not finished and the date is after <see cref="Due"/>.</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdueOn(LocalDate on) => !IsFinished && on > Due;

    /// <summary>Describes the action, such as <c>2. Join the key-account training (training) — ana, due 2026-05-31, open</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        ReviewChecks.Invariant($"{Number}. {Title}{(Kind == ActionKind.Improvement ? string.Empty : " (" + Describe(Kind) + ")")} — {Owner}, due {ReviewChecks.Format(Due)}, {Describe(Status)}{(DropReason is null ? string.Empty : ": " + DropReason)}");

    internal PlannedAction With(ActionStatusChange change) =>
        new(Number, Kind, Title, Owner, Due, Addresses, Gap, [.. _history, change]);

    internal static string Describe(ActionStatus status) => status switch
    {
        ActionStatus.Open => "open",
        ActionStatus.InProgress => "in progress",
        ActionStatus.Done => "done",
        _ => "dropped",
    };

    internal static string Describe(ActionKind kind) => kind switch
    {
        ActionKind.Support => "support request",
        ActionKind.Training => "training request",
        _ => "improvement",
    };
}
