using System.Collections.Immutable;
using Accountability.Criteria;
using Accountability.Scoring;
using NodaTime;

namespace Accountability.Reviews;

/// <summary>
/// A subject's improvement plan: actions with an owner, a due date, a status and what they address, and the full history
/// of who added or changed what, when and why. Made empty with <see cref="Create"/>, or as a skeleton from a scored result
/// with <see cref="Propose"/> (one action per criterion scoring below a bar, naming the gap).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Every change (<see cref="AddAction"/>, <see cref="ChangeStatus"/>) returns a new plan whose
/// <see cref="History"/> has one more entry; the plan it was made from is unchanged. Bad input throws an
/// <see cref="AccountabilityException"/> listing every problem (codes in <see cref="ReviewProblemCodes"/>) and changes nothing.
/// </remarks>
public sealed class ImprovementPlan
{
    // Persistent lists: adding or changing an action shares everything else with the plan it was made from.
    private readonly ImmutableList<PlannedAction> _actions;
    private readonly ImmutableList<ActionStatusChange> _history;

    private ImprovementPlan(PartyId subject, LocalDate madeOn, PartyId madeBy, Instant madeAt, ImmutableList<PlannedAction> actions, ImmutableList<ActionStatusChange> history)
    {
        Subject = subject;
        MadeOn = madeOn;
        MadeBy = madeBy;
        MadeAt = madeAt;
        _actions = actions;
        _history = history;
    }

    /// <summary>Whose plan it is.</summary>
    public PartyId Subject { get; }

    /// <summary>The date the plan was made; no action may be due before it.</summary>
    public LocalDate MadeOn { get; }

    /// <summary>Who made the plan.</summary>
    public PartyId MadeBy { get; }

    /// <summary>When the plan was made.</summary>
    public Instant MadeAt { get; }

    /// <summary>The actions, in the order they were added (action <c>n</c> at position <c>n − 1</c>).</summary>
    public IReadOnlyList<PlannedAction> Actions => _actions;

    /// <summary>Every change of every action, in the order recorded (the adding of each action included).</summary>
    public IReadOnlyList<ActionStatusChange> History => _history;

    /// <summary>When the last change was recorded (<see cref="MadeAt"/> when none was).</summary>
    public Instant LastChangeAt => _history.IsEmpty ? MadeAt : _history[^1].At;

    /// <summary>Gets an action by its number.</summary>
    /// <param name="number">The action's number (1 for the first).</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The plan has no action with that number.</exception>
    public PlannedAction this[int number] =>
        number >= 1 && number <= _actions.Count
            ? _actions[number - 1]
            : throw new ArgumentOutOfRangeException(nameof(number), number, ReviewChecks.Invariant($"The plan has {_actions.Count} action(s), numbered from 1."));

    /// <summary>Makes an empty plan.</summary>
    /// <param name="subject">Whose plan it is.</param>
    /// <param name="madeOn">The date the plan is made; no action may be due before it.</param>
    /// <param name="by">Who makes it.</param>
    /// <param name="at">When it is made.</param>
    /// <returns>The plan, with no actions.</returns>
    /// <exception cref="AccountabilityException"><paramref name="subject"/> or <paramref name="by"/> is <c>default</c> (<see cref="ReviewProblemCodes.PartyMissing"/>).</exception>
    public static ImprovementPlan Create(PartyId subject, LocalDate madeOn, PartyId by, Instant at)
    {
        var problems = new ProblemCollector();
        ReviewChecks.Party(problems, "subject", subject, "plan's subject");
        ReviewChecks.Party(problems, "by", by, "plan's author");
        problems.ThrowIfErrors();
        return new ImprovementPlan(subject, madeOn, by, at, [], []);
    }

    /// <summary>
    /// Proposes a plan skeleton from a scored result: one action per criterion that counted in the score and scored below
    /// <see cref="PlanProposalOptions.BelowScore"/>, in the scorecard's order, each naming the criterion, its score and
    /// the gap to the bar, and — when the result carries the subject's own <c>target</c> for it
    /// (<see cref="CriterionResult.References"/>) — the actual value against that target. Each action is linked to the
    /// criterion for <paramref name="period"/>.
    /// </summary>
    /// <param name="result">The scored result.</param>
    /// <param name="period">The period the result scored (inclusive dates).</param>
    /// <param name="madeOn">The date the plan is made.</param>
    /// <param name="options">The bar, due date, owner and kind of the proposed actions.</param>
    /// <param name="by">Who makes the plan.</param>
    /// <param name="at">When it is made.</param>
    /// <returns>The plan; without actions when no criterion is below the bar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/>, <paramref name="period"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="AccountabilityException">The due date is before <paramref name="madeOn"/> (<see cref="ReviewProblemCodes.ActionDueBeforePlan"/>) or <paramref name="by"/> is <c>default</c>.</exception>
    public static ImprovementPlan Propose(ScorecardResult result, DateInterval period, LocalDate madeOn, PlanProposalOptions options, PartyId by, Instant at)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new ProblemCollector();
        ReviewChecks.Party(problems, "by", by, "plan's author");
        DueNotBeforePlan(problems, "options.due", options.Due, madeOn);
        problems.ThrowIfErrors();

        PartyId owner = options.Owner ?? result.Subject;
        var actions = new List<PlannedAction>();
        var history = new List<ActionStatusChange>();
        foreach (CriterionResult criterion in result.Criteria)
        {
            if (!criterion.IsIncluded || criterion.Score is not { } score || score >= options.BelowScore)
            {
                continue;
            }

            CriterionGap gap = GapOf(criterion, score, options.BelowScore);
            int number = actions.Count + 1;
            var added = new ActionStatusChange(number, null, ActionStatus.Open, by, at, "proposed from the scored result");
            actions.Add(new PlannedAction(number, options.Kind, Title(gap), owner, options.Due, ActionLink.ForCriterion(criterion.CriterionId, period), gap, [added]));
            history.Add(added);
        }

        return new ImprovementPlan(result.Subject, madeOn, by, at, [.. actions], [.. history]);
    }

    /// <summary>Adds an action, open, to the plan.</summary>
    /// <param name="title">What is to be done; at most <see cref="PlannedAction.MaxTitleLength"/> characters.</param>
    /// <param name="owner">Who owns the action.</param>
    /// <param name="due">The date it is due; not before <see cref="MadeOn"/>.</param>
    /// <param name="by">Who adds it.</param>
    /// <param name="at">When; not before <see cref="LastChangeAt"/>.</param>
    /// <param name="kind">The kind of action (support and training requests are kinds of action).</param>
    /// <param name="addresses">The criterion result or goal it addresses, if any.</param>
    /// <returns>A new plan with the action added as number <c>Actions.Count + 1</c>; this plan is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="ActionKind"/>.</exception>
    /// <exception cref="AccountabilityException">
    /// The title is empty or too long, a party is <c>default</c>, the action is due before the plan was made, or
    /// <paramref name="at"/> is before the last recorded change; nothing is added.
    /// </exception>
    public ImprovementPlan AddAction(string title, PartyId owner, LocalDate due, PartyId by, Instant at, ActionKind kind = ActionKind.Improvement, ActionLink? addresses = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown action kind.");
        }

        var problems = new ProblemCollector();
        ReviewChecks.Title(problems, "title", title);
        ReviewChecks.Party(problems, "owner", owner, "action's owner");
        DueNotBeforePlan(problems, "due", due, MadeOn);
        ReviewChecks.Party(problems, "by", by, "author of the change");
        ReviewChecks.NotBefore(problems, "at", at, LastChangeAt);
        problems.ThrowIfErrors();

        int number = _actions.Count + 1;
        var added = new ActionStatusChange(number, null, ActionStatus.Open, by, at, null);
        var action = new PlannedAction(number, kind, title.Trim(), owner, due, addresses, null, [added]);
        return new ImprovementPlan(Subject, MadeOn, MadeBy, MadeAt, _actions.Add(action), _history.Add(added));
    }

    // Re-adds an action as a document recorded it (AccountabilityJson): checked exactly like AddAction, and in addition
    // the reason recorded with the adding and, for a proposed action, the criterion's gap; the title is kept as written.
    internal ImprovementPlan Restore(string title, PartyId owner, LocalDate due, PartyId by, Instant at, ActionKind kind, ActionLink? addresses, CriterionGap? gap, string? reason)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown action kind.");
        }

        var problems = new ProblemCollector();
        ReviewChecks.Title(problems, "title", title);
        ReviewChecks.Party(problems, "owner", owner, "action's owner");
        DueNotBeforePlan(problems, "due", due, MadeOn);
        ReviewChecks.Party(problems, "by", by, "author of the change");
        ReviewChecks.NotBefore(problems, "at", at, LastChangeAt);
        ReviewChecks.Reason(problems, "reason", reason);
        problems.ThrowIfErrors();

        int number = _actions.Count + 1;
        var added = new ActionStatusChange(number, null, ActionStatus.Open, by, at, ReviewChecks.Clean(reason));
        var action = new PlannedAction(number, kind, title, owner, due, addresses, gap, [added]);
        return new ImprovementPlan(Subject, MadeOn, MadeBy, MadeAt, _actions.Add(action), _history.Add(added));
    }

    /// <summary>
    /// Changes an action's status, if the change is allowed (<see cref="PlannedAction.IsAllowed"/>); dropping needs a reason.
    /// </summary>
    /// <param name="action">The action's number.</param>
    /// <param name="to">The new status.</param>
    /// <param name="by">Who changes it.</param>
    /// <param name="at">When; not before <see cref="LastChangeAt"/>.</param>
    /// <param name="reason">Why; required to drop; at most <see cref="ReviewCycle.MaxReasonLength"/> characters.</param>
    /// <returns>A new plan whose action has one more history entry; this plan is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is not a defined <see cref="ActionStatus"/>.</exception>
    /// <exception cref="AccountabilityException">
    /// No such action (<see cref="ReviewProblemCodes.ActionUnknown"/>), a forbidden change
    /// (<see cref="ReviewProblemCodes.ActionTransitionForbidden"/>), a drop without a reason, a reason too long, a
    /// <c>default</c> author, or a change recorded before the last one; nothing is changed.
    /// </exception>
    public ImprovementPlan ChangeStatus(int action, ActionStatus to, PartyId by, Instant at, string? reason = null)
    {
        if (!Enum.IsDefined(to))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "Unknown action status.");
        }

        var problems = new ProblemCollector();
        string path = action >= 1 && action <= _actions.Count ? ProblemPath.Index("actions", action - 1) : "action";
        PlannedAction? current = null;
        if (action < 1 || action > _actions.Count)
        {
            problems.Error("action", ReviewProblemCodes.ActionUnknown, ReviewChecks.Invariant($"The plan has no action {action}; its actions are numbered 1 to {_actions.Count}."), action);
        }
        else
        {
            current = _actions[action - 1];
            if (!PlannedAction.IsAllowed(current.Status, to))
            {
                problems.Error(
                    ProblemPath.Join(path, "status"),
                    ReviewProblemCodes.ActionTransitionForbidden,
                    ReviewChecks.Invariant($"Action {action} cannot go from {PlannedAction.Describe(current.Status)} to {PlannedAction.Describe(to)}{(current.IsFinished ? $": {PlannedAction.Describe(current.Status)} is final" : string.Empty)}."),
                    to);
            }
        }

        if (to == ActionStatus.Dropped && string.IsNullOrWhiteSpace(reason))
        {
            problems.Error(ProblemPath.Join(path, "reason"), ReviewProblemCodes.ActionDropWithoutReason, "Dropping an action needs a reason.");
        }

        ReviewChecks.Reason(problems, ProblemPath.Join(path, "reason"), reason);
        ReviewChecks.Party(problems, "by", by, "author of the change");
        ReviewChecks.NotBefore(problems, "at", at, LastChangeAt);
        problems.ThrowIfErrors();

        var change = new ActionStatusChange(action, current!.Status, to, by, at, ReviewChecks.Clean(reason));
        return new ImprovementPlan(Subject, MadeOn, MadeBy, MadeAt, _actions.SetItem(action - 1, current.With(change)), _history.Add(change));
    }

    /// <summary>The actions overdue on a date: neither done nor dropped, and due before it.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The overdue actions, in plan order.</returns>
    public IReadOnlyList<PlannedAction> Overdue(LocalDate on) => [.. _actions.Where(a => a.IsOverdueOn(on))];

    /// <summary>Counts the actions with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>How many actions have it now.</returns>
    public int Count(ActionStatus status) => _actions.Count(a => a.Status == status);

    /// <summary>
    /// Writes the plan as Markdown for the accountability report: who made it and when, its progress, and a table of its
    /// actions (number, title, kind, owner, due date, status, what each addresses).
    /// </summary>
    /// <param name="asOf">When given, the overdue actions on that date are counted and marked.</param>
    /// <returns>The Markdown, lines ending with <c>\n</c>.</returns>
    public string ToMarkdown(LocalDate? asOf = null) => ReviewMarkdown.Plan(this, asOf);

    /// <summary>Describes the plan in one line, such as <c>plan for ana (made 2026-04-01): 3 actions, 1 done, 1 in progress, 1 open</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        ReviewChecks.Invariant($"plan for {Subject} (made {ReviewChecks.Format(MadeOn)}): {_actions.Count} action(s), {Count(ActionStatus.Done)} done, {Count(ActionStatus.InProgress)} in progress, {Count(ActionStatus.Open)} open, {Count(ActionStatus.Dropped)} dropped");

    private static void DueNotBeforePlan(ProblemCollector problems, string path, LocalDate due, LocalDate madeOn)
    {
        if (due < madeOn)
        {
            problems.Error(path, ReviewProblemCodes.ActionDueBeforePlan, $"An action cannot be due on {ReviewChecks.Format(due)}, before the plan was made on {ReviewChecks.Format(madeOn)}.", due);
        }
    }

    private static CriterionGap GapOf(CriterionResult criterion, decimal score, decimal bar)
    {
        decimal? target = null;
        foreach (ReferenceValue reference in criterion.References)
        {
            if (string.Equals(reference.Name, "target", StringComparison.Ordinal))
            {
                target = reference.Value;
                break;
            }
        }

        decimal? targetGap = null;
        if (target is { } t && criterion.Actual is { } actual)
        {
            try
            {
                targetGap = criterion.Criterion.Direction switch
                {
                    CriterionDirection.LowerIsBetter => actual - t,
                    CriterionDirection.ClosestToTargetIsBest => Math.Abs(actual - t),
                    _ => t - actual,
                };
            }
            catch (OverflowException)
            {
                // Values at the ends of decimal's range: the gap cannot be written; the score gap still can.
                targetGap = null;
            }
        }

        return new CriterionGap(criterion.CriterionId, criterion.Criterion.Name, score, bar, criterion.Actual, target, targetGap);
    }

    private static string Title(CriterionGap gap)
    {
        string title = ReviewChecks.Invariant($"Raise {gap.CriterionName} ({gap.Criterion}) from {Rounding.Format(gap.Score)} to at least {Rounding.Format(gap.Bar)} (gap {Rounding.Format(gap.ScoreGap)})");
        if (gap.Target is { } target && gap.Actual is { } actual && gap.TargetGap is { } targetGap)
        {
            title += ReviewChecks.Invariant($"; actual {ReviewChecks.Format(actual)} against target {ReviewChecks.Format(target)} (gap {ReviewChecks.Format(targetGap)})");
        }

        return title.Length <= PlannedAction.MaxTitleLength ? title : title[..PlannedAction.MaxTitleLength];
    }
}
