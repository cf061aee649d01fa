using Accountability.Reviews;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Serialization;

/// <summary>
/// Maps improvement plans and review cycles to their documents and back. Reading first checks every value of the
/// document (all problems collected), then rebuilds the plan or cycle by replaying its history through the model's own
/// operations (<see cref="ImprovementPlan.Create"/> and <see cref="ImprovementPlan.ChangeStatus"/>,
/// <see cref="ReviewCycle.Create"/> and <see cref="ReviewCycle.MoveTo"/>), so a document can never hold a plan or cycle the
/// model would refuse; a refused step is reported at the document path of the entry that made it, and replay stops there.
/// </summary>
internal static class PlanDocuments
{
    private const string Root = "$";

    public static PlanDocument ToDocument(ImprovementPlan plan) => new()
    {
        SchemaVersion = AccountabilityJson.SchemaVersion,
        Kind = AccountabilityJson.PlanKind,
        Subject = plan.Subject.Value,
        MadeOn = DocumentTime.Date(plan.MadeOn),
        MadeBy = plan.MadeBy.Value,
        MadeAt = Moment(plan.MadeAt),
        Actions = [.. plan.Actions.Select(Action)],
        History = [.. plan.History.Select(Change)],
    };

    public static CycleDocument ToDocument(ReviewCycle cycle)
    {
        var deadlines = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (ReviewPhase phase in Enum.GetValues<ReviewPhase>())
        {
            if (cycle.DeadlineOf(phase) is { } date)
            {
                deadlines.Add(phase.ToString(), DocumentTime.Date(date));
            }
        }

        return new CycleDocument
        {
            SchemaVersion = AccountabilityJson.SchemaVersion,
            Kind = AccountabilityJson.CycleKind,
            Name = cycle.Name,
            Period = new PeriodDocument { Start = DocumentTime.Date(cycle.Period.Start), End = DocumentTime.Date(cycle.Period.End) },
            Participants = [.. cycle.Participants.Select(p => (string?)p.Value)],
            Deadlines = deadlines.Count == 0 ? null : deadlines,
            CreatedBy = cycle.CreatedBy.Value,
            CreatedAt = Moment(cycle.CreatedAt),
            Phase = cycle.Phase.ToString(),
            Transitions = [.. cycle.Transitions.Select(Transition)],
        };
    }

    public static ImprovementPlan FromDocument(PlanDocument d)
    {
        var problems = new ProblemCollector();
        var read = new DocumentFields(problems);
        read.Header(d.SchemaVersion, d.Kind, AccountabilityJson.PlanKind);
        PartyId? subject = read.Id<PartyId>(d.Subject, "$.subject");
        LocalDate? madeOn = DocumentTime.DateAt(d.MadeOn, "$.madeOn", problems, read, required: true);
        PartyId? madeBy = read.Id<PartyId>(d.MadeBy, "$.madeBy");
        Instant? madeAt = DocumentTime.InstantAt(d.MadeAt, "$.madeAt", problems, read);
        ActionFields[] actions = Actions(d.Actions, problems, read);
        ChangeFields[] history = History(d.History, actions.Length, problems, read);
        problems.ThrowIfErrors();

        ImprovementPlan plan = Step(problems, Root, p => p == "by" ? "$.madeBy" : ProblemPath.Join(Root, p), () => ImprovementPlan.Create(subject!.Value, madeOn!.Value, madeBy!.Value, madeAt!.Value));
        for (int j = 0; j < history.Length; j++)
        {
            plan = Replay(plan, actions, history, j, problems);
        }

        for (int i = plan.Actions.Count; i < actions.Length; i++)
        {
            problems.Error(ProblemPath.Index("$.actions", i), SerializationProblemCodes.ValueNotAllowed, $"Action {i + 1} is never added: the history has no entry without 'from' for it.");
        }

        for (int i = 0; i < plan.Actions.Count && i < actions.Length; i++)
        {
            if (plan.Actions[i].Status != actions[i].Status)
            {
                problems.Error(ProblemPath.Join(ProblemPath.Index("$.actions", i), "status"), SerializationProblemCodes.ValueNotAllowed, $"Action {i + 1} is {plan.Actions[i].Status} after its history, not {actions[i].Status}.", actions[i].Status.ToString());
            }
        }

        problems.ThrowIfErrors();
        return plan;
    }

    public static ReviewCycle FromDocument(CycleDocument d)
    {
        var problems = new ProblemCollector();
        var read = new DocumentFields(problems);
        read.Header(d.SchemaVersion, d.Kind, AccountabilityJson.CycleKind);
        string? name = read.Text(d.Name, "$.name");
        if (name is not null && !string.Equals(name, name.Trim(), StringComparison.Ordinal))
        {
            problems.Error("$.name", SerializationProblemCodes.ValueNotAllowed, "A review cycle's name is kept trimmed: no white space at its ends.", name);
        }

        DateInterval? period = DocumentTime.Period(d.Period, "$.period", problems, read);
        PartyId[] participants = Parties(d.Participants, "$.participants", problems, read);
        Dictionary<ReviewPhase, LocalDate> deadlines = Deadlines(d.Deadlines, problems, read);
        PartyId? createdBy = read.Id<PartyId>(d.CreatedBy, "$.createdBy");
        Instant? createdAt = DocumentTime.InstantAt(d.CreatedAt, "$.createdAt", problems, read);
        ReviewPhase? phase = read.Enum<ReviewPhase>(d.Phase, "$.phase", required: true);
        MoveFields[] moves = Transitions(d.Transitions, problems, read);
        problems.ThrowIfErrors();

        ReviewCycle cycle = Step(problems, Root, CyclePath, () => ReviewCycle.Create(name!, period!, participants, deadlines, createdBy!.Value, createdAt!.Value));
        for (int j = 0; j < moves.Length; j++)
        {
            string path = ProblemPath.Index("$.transitions", j);
            MoveFields move = moves[j];
            if (move.From != cycle.Phase)
            {
                problems.Error(ProblemPath.Join(path, "from"), SerializationProblemCodes.ValueNotAllowed, $"Move {j + 1} starts from {move.From}, but the cycle is in {cycle.Phase} after the moves before it.", move.From.ToString());
            }

            if (move.Readiness is not null && move.To != ReviewPhase.Closed)
            {
                read.NotAllowed(ProblemPath.Join(path, "readiness"), "only a move that closes the cycle records its readiness");
            }

            problems.ThrowIfErrors();
            cycle = Step(problems, path, p => ProblemPath.Join(path, p), () => cycle.MoveTo(move.To, move.By, move.At, move.Reason, move.Readiness));
        }

        if (phase != cycle.Phase)
        {
            problems.Error("$.phase", SerializationProblemCodes.ValueNotAllowed, $"The cycle is in {cycle.Phase} after its transitions, not {phase}.", phase.ToString());
        }

        problems.ThrowIfErrors();
        return cycle;
    }

    private static ImprovementPlan Replay(ImprovementPlan plan, ActionFields[] actions, ChangeFields[] history, int j, ProblemCollector problems)
    {
        string path = ProblemPath.Index("$.history", j);
        string at(string name) => ProblemPath.Join(path, name);
        ChangeFields change = history[j];
        if (change.From is null)
        {
            int next = plan.Actions.Count + 1;
            if (change.Action != next)
            {
                problems.Error(at("action"), SerializationProblemCodes.ValueNotAllowed, $"Actions are added in their order: the next one added is action {next}, not {change.Action}.", change.Action);
                problems.ThrowIfErrors();
            }

            ActionFields action = actions[next - 1];
            string actionPath = ProblemPath.Index("$.actions", next - 1);
            Proposed(plan, action, change, j, path, actionPath, problems);
            problems.ThrowIfErrors();
            return Step(
                problems,
                path,
                p => p is "title" or "owner" or "due" ? ProblemPath.Join(actionPath, p) : ProblemPath.Join(path, p),
                () => plan.Restore(action.Title, action.Owner, action.Due, change.By, change.At, action.Kind, action.Addresses, action.Gap, change.Reason));
        }

        if (change.Action <= plan.Actions.Count && plan[change.Action].Status != change.From)
        {
            problems.Error(at("from"), SerializationProblemCodes.ValueNotAllowed, $"Action {change.Action} is {plan[change.Action].Status} at this point of the history, not {change.From}.", change.From.ToString());
            problems.ThrowIfErrors();
        }

        return Step(
            problems,
            path,
            p => p switch
            {
                "action" or "by" or "at" => ProblemPath.Join(path, p),
                _ when p.EndsWith(".status", StringComparison.Ordinal) => at("to"),
                _ when p.EndsWith(".reason", StringComparison.Ordinal) || p == "reason" => at("reason"),
                _ => ProblemPath.Join(path, p),
            },
            () => plan.ChangeStatus(change.Action, change.To, change.By, change.At, change.Reason));
    }

    // What ImprovementPlan.Propose makes and nothing else can: proposed actions (with a gap) come first, each added when
    // and by whom the plan was made, with a reason; an action added by hand records no reason.
    private static void Proposed(ImprovementPlan plan, ActionFields action, ChangeFields change, int j, string path, string actionPath, ProblemCollector problems)
    {
        if (action.Gap is null)
        {
            if (change.Reason is not null)
            {
                problems.Error(ProblemPath.Join(path, "reason"), SerializationProblemCodes.PropertyNotAllowed, "Not allowed here: only a proposed action (one with a 'gap') records a reason for its adding.");
            }

            return;
        }

        bool first = j == plan.Actions.Count && plan.Actions.All(a => a.Gap is not null);
        if (!first)
        {
            problems.Error(ProblemPath.Join(actionPath, "gap"), SerializationProblemCodes.ValueNotAllowed, "A proposed action (one with a 'gap') is made with its plan: proposed actions come before any other entry of the history.");
        }

        if (change.At != plan.MadeAt || change.By != plan.MadeBy)
        {
            problems.Error(ProblemPath.Join(path, change.At != plan.MadeAt ? "at" : "by"), SerializationProblemCodes.ValueNotAllowed, "A proposed action is added when and by whom its plan was made.");
        }

        if (change.Reason is null)
        {
            problems.Error(ProblemPath.Join(path, "reason"), SerializationProblemCodes.PropertyRequired, "Required: the reason a proposed action was added.");
        }
    }

    // Runs one model operation; its problems are reported at document paths and end the reading.
    private static T Step<T>(ProblemCollector problems, string path, Func<string, string> map, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (AccountabilityException ex)
        {
            foreach (Problem problem in ex.Problems)
            {
                problems.Add(new Problem(map(problem.Path), problem.Code, problem.Message, problem.Severity, problem.AttemptedValue));
            }
        }
        catch (ArgumentException ex)
        {
            string message = ex.Message;
            int cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            problems.Error(path, SerializationProblemCodes.ValueNotAllowed, cut < 0 ? message : message[..cut]);
        }

        problems.ThrowIfErrors();
        throw new InvalidOperationException("A refused step reports at least one problem.");
    }

    private static string CyclePath(string path)
    {
        foreach (ReviewPhase phase in Enum.GetValues<ReviewPhase>())
        {
            if (string.Equals(path, ProblemPath.Key("deadlines", ReviewCycle.Describe(phase)), StringComparison.Ordinal))
            {
                return "$.deadlines." + phase;
            }
        }

        return path == "by" ? "$.createdBy" : ProblemPath.Join(Root, path);
    }

    private static ActionFields[] Actions(List<PlannedActionDocument?>? list, ProblemCollector problems, DocumentFields read)
    {
        if (list is null)
        {
            read.Required("$.actions", "an array of actions (empty when the plan has none)");
            return [];
        }

        var actions = new ActionFields[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            string path = ProblemPath.Index("$.actions", i);
            string at(string name) => ProblemPath.Join(path, name);
            if (list[i] is not { } a)
            {
                read.Required(path, "an action object");
                continue;
            }

            if (read.Whole(a.Number, at("number")) is { } number && number != i + 1)
            {
                problems.Error(at("number"), SerializationProblemCodes.ValueNotAllowed, $"Actions are numbered in their order: this one is {i + 1}.", number);
            }

            ActionKind? kind = read.Enum<ActionKind>(a.Kind, at("kind"), required: true);
            PartyId? owner = read.Id<PartyId>(a.Owner, at("owner"));
            LocalDate? due = DocumentTime.DateAt(a.Due, at("due"), problems, read, required: true);
            ActionStatus? status = read.Enum<ActionStatus>(a.Status, at("status"), required: true);
            ActionLink? addresses = a.Addresses is null ? null : Link(a.Addresses, at("addresses"), problems, read);
            CriterionGap? gap = a.Gap is null ? null : Gap(a.Gap, at("gap"), problems, read);
            if (a.Title is null)
            {
                read.Required(at("title"), "the action's title");
            }
            else if (a.Gap is null && a.Title.Length > 0 && !string.Equals(a.Title, a.Title.Trim(), StringComparison.Ordinal))
            {
                problems.Error(at("title"), SerializationProblemCodes.ValueNotAllowed, "An action's title is kept trimmed: no white space at its ends.", a.Title);
            }

            if (gap is not null && addresses?.Criterion != gap.Criterion)
            {
                problems.Error(at("addresses"), SerializationProblemCodes.ValueNotAllowed, $"A proposed action addresses the criterion of its gap, '{gap.Criterion}', for the scored period.");
            }

            actions[i] = new ActionFields(a.Title ?? string.Empty, owner.GetValueOrDefault(), due.GetValueOrDefault(), kind.GetValueOrDefault(), status.GetValueOrDefault(), addresses, gap);
        }

        return actions;
    }

    private static ActionLink? Link(ActionLinkDocument d, string path, ProblemCollector problems, DocumentFields read)
    {
        if ((d.Criterion is null) == (d.Goal is null))
        {
            read.Required(path, "either 'criterion' with 'period', or 'goal'");
            return null;
        }

        if (d.Goal is not null)
        {
            read.Absent(d.Period, ProblemPath.Join(path, "period"), "a goal has no scored period");
            return read.Id<GoalId>(d.Goal, ProblemPath.Join(path, "goal")) is { } goal ? ActionLink.ForGoal(goal) : null;
        }

        CriterionId? criterion = read.Id<CriterionId>(d.Criterion, ProblemPath.Join(path, "criterion"));
        DateInterval? period = DocumentTime.Period(d.Period, ProblemPath.Join(path, "period"), problems, read);
        return criterion is { } c && period is not null ? ActionLink.ForCriterion(c, period) : null;
    }

    private static CriterionGap? Gap(CriterionGapDocument d, string path, ProblemCollector problems, DocumentFields read)
    {
        string at(string name) => ProblemPath.Join(path, name);
        CriterionId? criterion = read.Id<CriterionId>(d.Criterion, at("criterion"));
        string? name = read.Text(d.CriterionName, at("criterionName"));
        decimal? score = read.Value(d.Score, at("score"));
        decimal? bar = read.Value(d.Bar, at("bar"));
        if (score is { } s && bar is { } b)
        {
            if (s >= b)
            {
                problems.Error(at("score"), SerializationProblemCodes.ValueNotAllowed, $"An action is proposed for a score below the bar: {ReviewChecks.Format(s)} is not below {ReviewChecks.Format(b)}.", s);
                return null;
            }

            try
            {
                _ = b - s;
            }
            catch (OverflowException)
            {
                problems.Error(at("bar"), SerializationProblemCodes.ValueNotAllowed, "The gap between the bar and the score does not fit in a decimal.", b);
                return null;
            }
        }

        return criterion is { } c && name is not null && score is { } sc && bar is { } ba
            ? new CriterionGap(c, name, sc, ba, d.Actual, d.Target, d.TargetGap)
            : null;
    }

    private static ChangeFields[] History(List<ActionChangeDocument?>? list, int actionCount, ProblemCollector problems, DocumentFields read)
    {
        if (list is null)
        {
            read.Required("$.history", "an array of the actions' changes (empty when the plan has no actions)");
            return [];
        }

        var history = new ChangeFields[list.Count];
        for (int j = 0; j < list.Count; j++)
        {
            string path = ProblemPath.Index("$.history", j);
            string at(string name) => ProblemPath.Join(path, name);
            if (list[j] is not { } c)
            {
                read.Required(path, "a change object");
                continue;
            }

            if (read.Whole(c.Action, at("action")) is { } action && (action < 1 || action > actionCount))
            {
                problems.Error(at("action"), SerializationProblemCodes.ValueNotAllowed, $"The plan has no action {action}; its actions are numbered 1 to {actionCount}.", action);
            }

            ActionStatus? from = read.Enum<ActionStatus>(c.From, at("from"), required: false);
            ActionStatus? to = read.Enum<ActionStatus>(c.To, at("to"), required: true);
            if (c.From is null && to is { } added && added != ActionStatus.Open)
            {
                problems.Error(at("to"), ReviewProblemCodes.ActionTransitionForbidden, "An action is added open; without 'from' the status must be Open.", added);
            }

            PartyId? by = read.Id<PartyId>(c.By, at("by"));
            Instant? when = DocumentTime.InstantAt(c.At, at("at"), problems, read);
            Reason(c.Reason, at("reason"), problems);
            history[j] = new ChangeFields(c.Action.GetValueOrDefault(), from, to.GetValueOrDefault(), by.GetValueOrDefault(), when.GetValueOrDefault(), c.Reason);
        }

        return history;
    }

    private static MoveFields[] Transitions(List<PhaseTransitionDocument?>? list, ProblemCollector problems, DocumentFields read)
    {
        if (list is null)
        {
            read.Required("$.transitions", "an array of the cycle's moves (empty when it never moved)");
            return [];
        }

        var moves = new MoveFields[list.Count];
        for (int j = 0; j < list.Count; j++)
        {
            string path = ProblemPath.Index("$.transitions", j);
            string at(string name) => ProblemPath.Join(path, name);
            if (list[j] is not { } t)
            {
                read.Required(path, "a transition object");
                continue;
            }

            ReviewPhase? from = read.Enum<ReviewPhase>(t.From, at("from"), required: true);
            ReviewPhase? to = read.Enum<ReviewPhase>(t.To, at("to"), required: true);
            PartyId? by = read.Id<PartyId>(t.By, at("by"));
            Instant? when = DocumentTime.InstantAt(t.At, at("at"), problems, read);
            Reason(t.Reason, at("reason"), problems);
            CycleReadiness? readiness = null;
            if (t.Readiness is { } r)
            {
                PartyId[] unacknowledged = Parties(r.Unacknowledged, ProblemPath.Join(at("readiness"), "unacknowledged"), problems, read);
                PartyId[] appeals = Parties(r.WithOpenAppeals, ProblemPath.Join(at("readiness"), "withOpenAppeals"), problems, read);
                readiness = r.Unacknowledged is null || r.WithOpenAppeals is null || read.Failed ? null : new CycleReadiness(unacknowledged, appeals);
            }

            moves[j] = new MoveFields(from.GetValueOrDefault(), to.GetValueOrDefault(), by.GetValueOrDefault(), when.GetValueOrDefault(), t.Reason, readiness);
        }

        return moves;
    }

    private static Dictionary<ReviewPhase, LocalDate> Deadlines(Dictionary<string, string?>? map, ProblemCollector problems, DocumentFields read)
    {
        var deadlines = new Dictionary<ReviewPhase, LocalDate>();
        if (map is null)
        {
            return deadlines;
        }

        foreach (KeyValuePair<string, string?> entry in map)
        {
            string path = "$.deadlines." + entry.Key;
            ReviewPhase? phase = read.Enum<ReviewPhase>(entry.Key, path, required: true);
            LocalDate? date = DocumentTime.DateAt(entry.Value, path, problems, read, required: true);
            if (phase is { } p && date is { } d)
            {
                deadlines[p] = d;
            }
        }

        return deadlines;
    }

    private static PartyId[] Parties(List<string?>? values, string path, ProblemCollector problems, DocumentFields read)
    {
        if (values is null)
        {
            read.Required(path, "an array of party identifiers");
            return [];
        }

        var parties = new List<PartyId>(values.Count);
        for (int i = 0; i < values.Count; i++)
        {
            if (read.Id<PartyId>(values[i], ProblemPath.Index(path, i)) is { } party)
            {
                parties.Add(party);
            }
        }

        return [.. parties];
    }

    // A reason as the reviews stage records it: trimmed and not blank (its length is checked by the model).
    private static void Reason(string? reason, string path, ProblemCollector problems)
    {
        if (reason is not null && (string.IsNullOrWhiteSpace(reason) || !string.Equals(reason, reason.Trim(), StringComparison.Ordinal)))
        {
            problems.Error(path, SerializationProblemCodes.ValueNotAllowed, "A recorded reason is trimmed and not blank (a blank reason is recorded as none).", reason);
        }
    }

    private static PlannedActionDocument Action(PlannedAction action) => new()
    {
        Number = action.Number,
        Kind = action.Kind.ToString(),
        Title = action.Title,
        Owner = action.Owner.Value,
        Due = DocumentTime.Date(action.Due),
        Status = action.Status.ToString(),
        Addresses = action.Addresses is not { } link ? null : new ActionLinkDocument
        {
            Criterion = link.Criterion?.Value,
            Period = link.Period is { } period ? new PeriodDocument { Start = DocumentTime.Date(period.Start), End = DocumentTime.Date(period.End) } : null,
            Goal = link.Goal?.Value,
        },
        Gap = action.Gap is not { } gap ? null : new CriterionGapDocument
        {
            Criterion = gap.Criterion.Value,
            CriterionName = gap.CriterionName,
            Score = gap.Score,
            Bar = gap.Bar,
            Actual = gap.Actual,
            Target = gap.Target,
            TargetGap = gap.TargetGap,
        },
    };

    private static ActionChangeDocument Change(ActionStatusChange change) => new()
    {
        Action = change.Action,
        From = change.From?.ToString(),
        To = change.To.ToString(),
        By = change.By.Value,
        At = Moment(change.At),
        Reason = change.Reason,
    };

    private static PhaseTransitionDocument Transition(PhaseTransition transition) => new()
    {
        From = transition.From.ToString(),
        To = transition.To.ToString(),
        By = transition.By.Value,
        At = Moment(transition.At),
        Reason = transition.Reason,
        Readiness = transition.Readiness is not { } readiness ? null : new ReadinessDocument
        {
            Unacknowledged = [.. readiness.Unacknowledged.Select(p => (string?)p.Value)],
            WithOpenAppeals = [.. readiness.WithOpenAppeals.Select(p => (string?)p.Value)],
        },
    };

    private static string Moment(Instant instant) => DocumentTime.Moment(instant);

    private readonly record struct ActionFields(string Title, PartyId Owner, LocalDate Due, ActionKind Kind, ActionStatus Status, ActionLink? Addresses, CriterionGap? Gap);

    private readonly record struct ChangeFields(int Action, ActionStatus? From, ActionStatus To, PartyId By, Instant At, string? Reason);

    private readonly record struct MoveFields(ReviewPhase From, ReviewPhase To, PartyId By, Instant At, string? Reason, CycleReadiness? Readiness);
}
