using System.Collections.Immutable;
using NodaTime;

namespace Accountability.Reviews;

/// <summary>
/// One evaluation period for a set of participants, run as an explicit state machine through its phases — goal setting,
/// self-assessment, manager assessment, calibration, feedback conversation, acknowledgment, closed — with a deadline per
/// phase and every move recorded (who, when, why).
/// </summary>
/// <remarks>
/// <para>
/// The allowed moves (<see cref="IsAllowed"/>): forward one phase at a time; back to any earlier phase, with a reason,
/// while the cycle is open; nothing once closed. Closing is guarded: a cycle closes only when every result is acknowledged
/// and no appeal is open (<see cref="CycleReadiness"/>), unless the closing records an override with a reason.
/// </para>
/// <para>
/// Immutable and thread-safe. Every move returns a new cycle with one more <see cref="Transitions"/> entry; a refused move
/// throws an <see cref="AccountabilityException"/> (codes in <see cref="ReviewProblemCodes"/>) and the cycle is unchanged.
/// </para>
/// </remarks>
public sealed class ReviewCycle
{
    /// <summary>The longest name a cycle may have: 200 characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest reason (for going back, overriding a guard, dropping an action) the stage records: 2,000 characters.</summary>
    public const int MaxReasonLength = 2000;

    private const int PhaseCount = (int)ReviewPhase.Closed + 1;

    private readonly PartyId[] _participants;
    private readonly HashSet<PartyId> _members;
    private readonly LocalDate?[] _deadlines;
    private readonly ImmutableList<PhaseTransition> _transitions;

    private ReviewCycle(string name, DateInterval period, PartyId[] participants, HashSet<PartyId> members, LocalDate?[] deadlines, PartyId createdBy, Instant createdAt, ReviewPhase phase, ImmutableList<PhaseTransition> transitions)
    {
        Name = name;
        Period = period;
        _participants = participants;
        _members = members;
        _deadlines = deadlines;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Phase = phase;
        _transitions = transitions;
    }

    /// <summary>The cycle's name, such as <c>2026 Q1 review</c>.</summary>
    public string Name { get; }

    /// <summary>The evaluation period (inclusive dates).</summary>
    public DateInterval Period { get; }

    /// <summary>The participants, in the order given.</summary>
    public IReadOnlyList<PartyId> Participants => _participants;

    /// <summary>The phase the cycle is in.</summary>
    public ReviewPhase Phase { get; }

    /// <summary>Tells whether the cycle is closed.</summary>
    public bool IsClosed => Phase == ReviewPhase.Closed;

    /// <summary>Who created the cycle.</summary>
    public PartyId CreatedBy { get; }

    /// <summary>When the cycle was created (in <see cref="ReviewPhase.GoalSetting"/>).</summary>
    public Instant CreatedAt { get; }

    /// <summary>Every move of the cycle, oldest first.</summary>
    public IReadOnlyList<PhaseTransition> Transitions => _transitions;

    /// <summary>When the cycle entered its current phase (<see cref="CreatedAt"/> before any move); no move may be recorded earlier.</summary>
    public Instant LastChangeAt => _transitions.IsEmpty ? CreatedAt : _transitions[^1].At;

    /// <summary>Gets the date by which a phase should be finished, if one was set.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The deadline, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> is not a defined <see cref="ReviewPhase"/>.</exception>
    public LocalDate? DeadlineOf(ReviewPhase phase)
    {
        RequireDefined(phase, nameof(phase));
        return _deadlines[(int)phase];
    }

    /// <summary>Tells whether a cycle may move from one phase to another: forward one phase, or back to any earlier phase while not closed.</summary>
    /// <param name="from">The phase now.</param>
    /// <param name="to">The phase wanted.</param>
    /// <returns><see langword="true"/> when the move is allowed (going back still needs a reason, closing still has its guard).</returns>
    public static bool IsAllowed(ReviewPhase from, ReviewPhase to) =>
        Enum.IsDefined(from) && Enum.IsDefined(to) && from != ReviewPhase.Closed && ((int)to == (int)from + 1 || to < from);

    /// <summary>Creates a cycle in <see cref="ReviewPhase.GoalSetting"/>.</summary>
    /// <param name="name">The cycle's name; at most <see cref="MaxNameLength"/> characters.</param>
    /// <param name="period">The evaluation period (inclusive dates).</param>
    /// <param name="participants">The participants; at least one, each once.</param>
    /// <param name="deadlines">The date by which each phase should be finished; any phase but <see cref="ReviewPhase.Closed"/> may have one, and a later phase's deadline is not before an earlier one's.</param>
    /// <param name="by">Who creates the cycle.</param>
    /// <param name="at">When.</param>
    /// <returns>The cycle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="participants"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deadlines"/> names a phase that is not defined.</exception>
    /// <exception cref="AccountabilityException">
    /// The name is empty or too long, there are no participants, one is <c>default</c> or named twice, a deadline is set on
    /// the closed phase or is earlier than an earlier phase's, or <paramref name="by"/> is <c>default</c>.
    /// </exception>
    public static ReviewCycle Create(string name, DateInterval period, IEnumerable<PartyId> participants, IReadOnlyDictionary<ReviewPhase, LocalDate>? deadlines, PartyId by, Instant at)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(participants);
        var problems = new ProblemCollector();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Error("name", ReviewProblemCodes.CycleNameEmpty, "A review cycle needs a name.", name);
        }
        else if (name.Length > MaxNameLength)
        {
            problems.Error("name", ReviewProblemCodes.CycleNameTooLong, ReviewChecks.Invariant($"A review cycle's name can be at most {MaxNameLength} characters; this one has {name.Length}."), name.Length);
        }

        PartyId[] people = [.. participants];
        var members = new HashSet<PartyId>();
        if (people.Length == 0)
        {
            problems.Error("participants", ReviewProblemCodes.CycleNoParticipants, "A review cycle needs at least one participant.");
        }

        for (int i = 0; i < people.Length; i++)
        {
            string path = ProblemPath.Index("participants", i);
            if (people[i].IsDefault)
            {
                ReviewChecks.Party(problems, path, people[i], "participant");
            }
            else if (!members.Add(people[i]))
            {
                problems.Error(path, ReviewProblemCodes.ParticipantDuplicate, $"Participant {people[i]} is named more than once.", people[i].Value);
            }
        }

        var dates = new LocalDate?[PhaseCount];
        if (deadlines is not null)
        {
            foreach (KeyValuePair<ReviewPhase, LocalDate> deadline in deadlines)
            {
                RequireDefined(deadline.Key, nameof(deadlines));
                dates[(int)deadline.Key] = deadline.Value;
            }

            CheckDeadlines(problems, dates);
        }

        ReviewChecks.Party(problems, "by", by, "cycle's creator");
        problems.ThrowIfErrors();
        return new ReviewCycle(name.Trim(), period, people, members, dates, by, at, ReviewPhase.GoalSetting, []);
    }

    /// <summary>
    /// Moves the cycle to another phase, if the move is allowed (<see cref="IsAllowed"/>) and its guard holds: going back
    /// needs a reason; closing needs <paramref name="readiness"/>, and a reason (recorded as an override) when anything
    /// is outstanding.
    /// </summary>
    /// <param name="to">The phase wanted.</param>
    /// <param name="by">Who moves the cycle.</param>
    /// <param name="at">When; not before <see cref="LastChangeAt"/>.</param>
    /// <param name="reason">Why; required to go back or to override the close guard; at most <see cref="MaxReasonLength"/> characters.</param>
    /// <param name="readiness">For closing: who has not acknowledged and who has open appeals (ignored for other moves).</param>
    /// <returns>A new cycle in <paramref name="to"/> with one more transition; this cycle is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is not a defined <see cref="ReviewPhase"/>.</exception>
    /// <exception cref="AccountabilityException">The move is refused; every reason is listed and nothing is changed.</exception>
    public ReviewCycle MoveTo(ReviewPhase to, PartyId by, Instant at, string? reason = null, CycleReadiness? readiness = null)
    {
        RequireDefined(to, nameof(to));
        var problems = new ProblemCollector();
        bool hasReason = !string.IsNullOrWhiteSpace(reason);
        if (!IsAllowed(Phase, to))
        {
            problems.Error("to", ReviewProblemCodes.CycleTransitionForbidden, ForbiddenMessage(to), to);
        }
        else if (to < Phase && !hasReason)
        {
            problems.Error("reason", ReviewProblemCodes.CycleBackWithoutReason, $"Going back from {Describe(Phase)} to {Describe(to)} needs a reason.");
        }
        else if (to == ReviewPhase.Closed)
        {
            CheckClose(problems, readiness, hasReason);
        }

        ReviewChecks.Reason(problems, "reason", reason);
        ReviewChecks.Party(problems, "by", by, "author of the move");
        ReviewChecks.NotBefore(problems, "at", at, LastChangeAt);
        problems.ThrowIfErrors();

        var transition = new PhaseTransition(Phase, to, by, at, ReviewChecks.Clean(reason), to == ReviewPhase.Closed ? readiness : null);
        return new ReviewCycle(Name, Period, _participants, _members, _deadlines, CreatedBy, CreatedAt, to, _transitions.Add(transition));
    }

    /// <summary>Moves the cycle forward one phase (closing goes through <see cref="Close"/>, which needs the readiness facts).</summary>
    /// <param name="by">Who moves the cycle.</param>
    /// <param name="at">When; not before <see cref="LastChangeAt"/>.</param>
    /// <param name="reason">Why, if said.</param>
    /// <returns>A new cycle in the next phase; this cycle is unchanged.</returns>
    /// <exception cref="AccountabilityException">The cycle is closed, is in the acknowledgment phase (use <see cref="Close"/>), or the move is refused otherwise.</exception>
    public ReviewCycle Advance(PartyId by, Instant at, string? reason = null) =>
        IsClosed
            ? MoveTo(ReviewPhase.Closed, by, at, reason)
            : MoveTo(Phase + 1, by, at, reason);

    /// <summary>
    /// Closes the cycle from the acknowledgment phase. When a result is unacknowledged or an appeal open, the cycle closes only
    /// with an <paramref name="overrideReason"/>, recorded with the outstanding facts (<see cref="PhaseTransition.IsOverride"/>).
    /// </summary>
    /// <param name="readiness">Who has not acknowledged and who has open appeals, from the feedback records.</param>
    /// <param name="by">Who closes the cycle.</param>
    /// <param name="at">When; not before <see cref="LastChangeAt"/>.</param>
    /// <param name="overrideReason">Why the cycle closes although something is outstanding; a note otherwise.</param>
    /// <returns>A new, closed cycle; this cycle is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="readiness"/> is null.</exception>
    /// <exception cref="AccountabilityException">
    /// The cycle is not in the acknowledgment phase (<see cref="ReviewProblemCodes.CycleTransitionForbidden"/>), something is
    /// outstanding and no reason is given (<see cref="ReviewProblemCodes.CycleNotReady"/>), or the readiness names a party
    /// who is not a participant (<see cref="ReviewProblemCodes.ReadinessUnknownParticipant"/>).
    /// </exception>
    public ReviewCycle Close(CycleReadiness readiness, PartyId by, Instant at, string? overrideReason = null)
    {
        ArgumentNullException.ThrowIfNull(readiness);
        return MoveTo(ReviewPhase.Closed, by, at, overrideReason, readiness);
    }

    /// <summary>
    /// The phases overdue on a date: each phase the cycle has not yet finished (the current one and those after it) whose
    /// deadline is before the date. A closed cycle has none.
    /// </summary>
    /// <param name="on">The date.</param>
    /// <param name="readiness">When given, the acknowledgment phase lists whom it is waiting for.</param>
    /// <returns>The overdue phases, in phase order.</returns>
    public IReadOnlyList<OverduePhase> Overdue(LocalDate on, CycleReadiness? readiness = null)
    {
        var overdue = new List<OverduePhase>();
        for (int phase = (int)Phase; phase < (int)ReviewPhase.Closed; phase++)
        {
            if (_deadlines[phase] is { } deadline && on > deadline)
            {
                PartyId[] waiting = phase == (int)ReviewPhase.Acknowledgment && readiness is not null
                    ? [.. readiness.Unacknowledged.Union(readiness.WithOpenAppeals).Order()]
                    : [];
                overdue.Add(new OverduePhase((ReviewPhase)phase, deadline, NodaTime.Period.DaysBetween(deadline, on), waiting));
            }
        }

        return overdue;
    }

    /// <summary>Writes the cycle as Markdown: its period and phase, a table of phases with deadlines, and every move.</summary>
    /// <param name="asOf">When given, the phases overdue on that date are marked.</param>
    /// <returns>The Markdown, lines ending with <c>\n</c>.</returns>
    public string ToMarkdown(LocalDate? asOf = null) => ReviewMarkdown.Cycle(this, asOf);

    /// <summary>Describes the cycle in one line, such as <c>2026 Q1 review (2026-01-01/2026-03-31, 12 participants): calibration</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        ReviewChecks.Invariant($"{Name} ({ReviewChecks.Format(Period.Start)}/{ReviewChecks.Format(Period.End)}, {_participants.Length} participant{(_participants.Length == 1 ? string.Empty : "s")}): {Describe(Phase)}");

    internal static string Describe(ReviewPhase phase) => phase switch
    {
        ReviewPhase.GoalSetting => "goal setting",
        ReviewPhase.SelfAssessment => "self-assessment",
        ReviewPhase.ManagerAssessment => "manager assessment",
        ReviewPhase.Calibration => "calibration",
        ReviewPhase.FeedbackConversation => "feedback conversation",
        ReviewPhase.Acknowledgment => "acknowledgment",
        _ => "closed",
    };

    private static void RequireDefined(ReviewPhase phase, string name)
    {
        if (!Enum.IsDefined(phase))
        {
            throw new ArgumentOutOfRangeException(name, phase, "Unknown review phase.");
        }
    }

    private static void CheckDeadlines(ProblemCollector problems, LocalDate?[] dates)
    {
        if (dates[(int)ReviewPhase.Closed] is { } closed)
        {
            problems.Error(ProblemPath.Key("deadlines", Describe(ReviewPhase.Closed)), ReviewProblemCodes.DeadlineOnClosed, "The closed phase has no deadline; set the date the cycle should close by on the acknowledgment phase.", closed);
        }

        ReviewPhase? previous = null;
        for (int phase = 0; phase < (int)ReviewPhase.Closed; phase++)
        {
            if (dates[phase] is not { } date)
            {
                continue;
            }

            if (previous is { } before && date < dates[(int)before]!.Value)
            {
                problems.Error(
                    ProblemPath.Key("deadlines", Describe((ReviewPhase)phase)),
                    ReviewProblemCodes.DeadlineOutOfOrder,
                    $"The deadline of {Describe((ReviewPhase)phase)} ({ReviewChecks.Format(date)}) is before the deadline of {Describe(before)} ({ReviewChecks.Format(dates[(int)before]!.Value)}), which comes first.",
                    date);
            }
            else
            {
                previous = (ReviewPhase)phase;
            }
        }
    }

    private string ForbiddenMessage(ReviewPhase to)
    {
        if (IsClosed)
        {
            return to == ReviewPhase.Closed
                ? "The cycle is already closed; closed is final."
                : $"The cycle is closed and cannot move to {Describe(to)}; closed is final.";
        }

        if (to == Phase)
        {
            return $"The cycle is already in {Describe(to)}.";
        }

        return $"The cycle cannot move from {Describe(Phase)} to {Describe(to)}: it moves forward one phase at a time (next: {Describe(Phase + 1)}), or back to an earlier phase with a reason.";
    }

    private void CheckClose(ProblemCollector problems, CycleReadiness? readiness, bool hasReason)
    {
        if (readiness is null)
        {
            problems.Error("readiness", ReviewProblemCodes.CycleNotReady, "Closing a cycle needs its readiness facts: who has not acknowledged their result and who has an appeal open.");
            return;
        }

        foreach (PartyId party in readiness.Unacknowledged.Concat(readiness.WithOpenAppeals).Distinct())
        {
            if (!_members.Contains(party))
            {
                problems.Error("readiness", ReviewProblemCodes.ReadinessUnknownParticipant, $"{party} is not a participant of cycle '{Name}'.", party.Value);
            }
        }

        if (!readiness.IsReady && !hasReason)
        {
            problems.Error(
                "readiness",
                ReviewProblemCodes.CycleNotReady,
                ReviewChecks.Invariant($"The cycle cannot close while {Outstanding(readiness)}, unless the closing records an override with a reason."),
                readiness.ToString());
        }
    }

    private static string Outstanding(CycleReadiness readiness)
    {
        var parts = new List<string>(2);
        if (readiness.Unacknowledged.Count > 0)
        {
            parts.Add(ReviewChecks.Invariant($"{readiness.Unacknowledged.Count} result{(readiness.Unacknowledged.Count == 1 ? " is" : "s are")} unacknowledged ({string.Join(", ", readiness.Unacknowledged)})"));
        }

        if (readiness.WithOpenAppeals.Count > 0)
        {
            parts.Add(ReviewChecks.Invariant($"{readiness.WithOpenAppeals.Count} participant{(readiness.WithOpenAppeals.Count == 1 ? " has" : "s have")} an appeal open ({string.Join(", ", readiness.WithOpenAppeals)})"));
        }

        return string.Join(" and ", parts);
    }
}
