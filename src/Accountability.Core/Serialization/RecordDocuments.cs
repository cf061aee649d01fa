using Accountability.Feedback;
using Accountability.Reviews;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Serialization;

/// <summary>
/// Maps accountability records (feedback, corrections, acknowledgments, appeals and their decisions, suggestion steps,
/// plan actions and cycle transitions) to and from their document shape: one flat object per record, its
/// <c>recordKind</c> telling which of the kind-specific properties it has.
/// </summary>
internal static class RecordDocuments
{
    // The kind-specific properties, by JSON name; every record kind allows a subset and refuses the others.
    private static readonly (string Name, Func<RecordDocument, object?> Value)[] Specific =
    [
        ("about", d => d.About), ("text", d => d.Text), ("visibility", d => d.Visibility), ("feedback", d => d.Feedback),
        ("result", d => d.Result), ("response", d => d.Response), ("reason", d => d.Reason), ("deadline", d => d.Deadline),
        ("routedTo", d => d.RoutedTo), ("actual", d => d.Actual), ("score", d => d.Score), ("appeal", d => d.Appeal),
        ("outcome", d => d.Outcome), ("correction", d => d.Correction), ("previousScore", d => d.PreviousScore),
        ("newScore", d => d.NewScore), ("previousCriterionScore", d => d.PreviousCriterionScore),
        ("newCriterionScore", d => d.NewCriterionScore), ("newBand", d => d.NewBand), ("amends", d => d.Amends),
        ("retraction", d => d.Retraction), ("suggestion", d => d.Suggestion), ("status", d => d.Status), ("note", d => d.Note),
        ("planMadeOn", d => d.PlanMadeOn), ("action", d => d.Action), ("title", d => d.Title), ("owner", d => d.Owner),
        ("due", d => d.Due), ("actionKind", d => d.ActionKind), ("from", d => d.From), ("to", d => d.To),
        ("cycle", d => d.Cycle), ("cycleName", d => d.CycleName), ("override", d => d.Override), ("outstanding", d => d.Outstanding),
    ];

    private static readonly Dictionary<string, string[]> AllowedByKind = new(StringComparer.Ordinal)
    {
        [RecordKinds.Acknowledgment] = ["feedback", "result", "response"],
        [RecordKinds.Appeal] = ["result", "reason", "deadline", "routedTo", "actual", "score"],
        [RecordKinds.AppealDecision] = ["appeal", "outcome", "reason", "correction", "previousScore", "newScore", "previousCriterionScore", "newCriterionScore", "newBand"],
        [RecordKinds.Correction] = ["amends", "retraction", "text", "visibility", "reason"],
        [RecordKinds.SuggestionStatus] = ["suggestion", "status", "note", "routedTo"],
        [RecordKinds.PlanAction] = ["planMadeOn", "action", "title", "owner", "due", "actionKind", "from", "to", "reason"],
        [RecordKinds.CycleTransition] = ["cycle", "cycleName", "from", "to", "reason", "override", "outstanding"],
    };

    private static readonly string[] FeedbackAllowed = ["about", "text", "visibility"];

    public static RecordDocument ToDocument(AccountabilityRecord record, bool single)
    {
        var d = new RecordDocument
        {
            SchemaVersion = single ? AccountabilityJson.SchemaVersion : null,
            Kind = single ? AccountabilityJson.RecordKind : null,
            RecordKind = record.Kind,
            Id = record.Id.Value,
            Stream = record.IsStored ? record.Stream.Value : null,
            Version = record.IsStored ? record.Version : null,
            RecordedAt = InstantPattern.ExtendedIso.Format(record.RecordedAt),
            Author = record.Author.Value,
            Subject = Subject(record.Subject),
        };

        switch (record)
        {
            case FeedbackRecord r:
                d.About = r.About.Kind == FeedbackTopicKind.None ? null : Topic(r.About);
                d.Text = r.Text;
                d.Visibility = r.Visibility.ToString();
                break;
            case Acknowledgment r:
                d.Feedback = r.Feedback?.Value;
                d.Result = r.Result is { } key ? Key(key) : null;
                d.Response = r.Response;
                break;
            case Appeal r:
                d.Result = Key(r.Result);
                d.Reason = r.Reason;
                d.Deadline = DocumentTime.Date(r.Deadline);
                d.RoutedTo = [.. r.RoutedTo.Select(p => (string?)p.Value)];
                d.Actual = r.Actual;
                d.Score = r.Score;
                break;
            case AppealDecision r:
                d.Appeal = r.Appeal.Value;
                d.Outcome = r.Outcome.ToString();
                d.Reason = r.Reason;
                d.Correction = r.Correction is { } c ? new CorrectionDocument { Reference = c.ReferenceName, Value = c.Value } : null;
                d.PreviousScore = r.PreviousScore;
                d.NewScore = r.NewScore;
                d.PreviousCriterionScore = r.PreviousCriterionScore;
                d.NewCriterionScore = r.NewCriterionScore;
                d.NewBand = r.NewBand;
                break;
            case FeedbackCorrection r:
                d.Amends = r.Amends.Value;
                d.Retraction = r.IsRetraction;
                d.Text = r.Text;
                d.Visibility = r.Visibility?.ToString();
                d.Reason = r.Reason;
                break;
            case SuggestionStatusChange r:
                d.Suggestion = r.Suggestion.Value;
                d.Status = r.Status.ToString();
                d.Note = r.Note;
                d.RoutedTo = r.RoutedTo.Count == 0 ? null : [.. r.RoutedTo.Select(p => (string?)p.Value)];
                break;
            case PlanActionRecord r:
                d.PlanMadeOn = DocumentTime.Date(r.PlanMadeOn);
                d.Action = r.Action;
                d.Title = r.Title;
                d.Owner = r.Owner.Value;
                d.Due = DocumentTime.Date(r.Due);
                d.ActionKind = r.ActionKind.ToString();
                d.From = r.From?.ToString();
                d.To = r.To.ToString();
                d.Reason = r.Reason;
                break;
            case CycleTransitionRecord r:
                d.Cycle = r.Cycle.Value;
                d.CycleName = r.CycleName;
                d.From = r.From.ToString();
                d.To = r.To.ToString();
                d.Reason = r.Reason;
                d.Override = r.IsOverride;
                d.Outstanding = r.Outstanding;
                break;
            default:
                throw new AccountabilityException([new Problem("$", SerializationProblemCodes.NotWritable, $"The record kind '{record.Kind}' has no document form.", ProblemSeverity.Error, record.Kind)]);
        }

        return d;
    }

    public static AccountabilityRecord FromDocument(RecordDocument document)
    {
        var problems = new ProblemCollector();
        var read = new DocumentFields(problems);
        read.Header(document.SchemaVersion, document.Kind, AccountabilityJson.RecordKind);
        AccountabilityRecord? record = Record(document, "$", problems, read);
        problems.ThrowIfErrors();
        return record!;
    }

    public static IReadOnlyList<AccountabilityRecord> FromDocument(RecordListDocument document)
    {
        var problems = new ProblemCollector();
        var read = new DocumentFields(problems);
        read.Header(document.SchemaVersion, document.Kind, AccountabilityJson.RecordsKind);
        var records = new List<AccountabilityRecord>(document.Records?.Count ?? 0);
        if (document.Records is null)
        {
            read.Required("$.records", "an array of records");
        }
        else
        {
            for (int i = 0; i < document.Records.Count; i++)
            {
                string path = ProblemPath.Index("$.records", i);
                if (document.Records[i] is not { } item)
                {
                    read.Required(path, "a record object");
                    continue;
                }

                read.Absent(item.SchemaVersion, ProblemPath.Join(path, "schemaVersion"), "a record in a list has no schema version of its own");
                read.Absent(item.Kind, ProblemPath.Join(path, "kind"), "a record in a list has no document kind of its own; its kind is 'recordKind'");
                if (Record(item, path, problems, read) is { } record)
                {
                    records.Add(record);
                }
            }
        }

        problems.ThrowIfErrors();
        return records;
    }

    private static AccountabilityRecord? Record(RecordDocument d, string path, ProblemCollector problems, DocumentFields read)
    {
        string at(string name) => ProblemPath.Join(path, name);
        int before = problems.Problems.Count;
        RecordId? id = read.Id<RecordId>(d.Id, at("id"));
        Instant? recordedAt = DocumentTime.InstantAt(d.RecordedAt, at("recordedAt"), problems, read);
        PartyId? author = read.Id<PartyId>(d.Author, at("author"));
        RecordSubject? subject = Subject(d.Subject, at("subject"), problems, read);
        StreamId? stream = d.Stream is null ? null : read.Id<StreamId>(d.Stream, at("stream"));
        if (d.Version is { } v && v < 1)
        {
            problems.Error(at("version"), SerializationProblemCodes.ValueNotAllowed, "A stored record's version is at least 1.", v);
        }

        if ((d.Stream is null) != (d.Version is null))
        {
            read.Required(d.Stream is null ? at("stream") : at("version"), "both 'stream' and 'version' for a stored record, or neither for an unplaced one");
        }

        string? kind = d.RecordKind;
        if (kind is null)
        {
            read.Required(at("recordKind"), "the record's kind (a feedback kind or one of " + string.Join(", ", AllowedByKind.Keys) + ")");
            return null;
        }

        string[] allowed = AllowedByKind.TryGetValue(kind, out string[]? names) ? names : FeedbackAllowed;
        foreach ((string name, Func<RecordDocument, object?> value) in Specific)
        {
            if (value(d) is not null && Array.IndexOf(allowed, name) < 0)
            {
                read.NotAllowed(at(name), $"a '{kind}' record has no '{name}'");
            }
        }

        var header = new Header(id, recordedAt, author, subject, problems.Problems.Count == before);
        AccountabilityRecord? record = Specific_(kind, d, path, problems, read, header);
        if (record is null || problems.Problems.Count > before)
        {
            return null;
        }

        return stream is { } s && d.Version is { } version ? record.PlacedAt(s, version) : record;
    }

    // The common fields as read (null where they failed); Complete when all were read without a problem.
    private readonly record struct Header(RecordId? Id, Instant? RecordedAt, PartyId? Author, RecordSubject? Subject, bool Clean)
    {
        public bool Complete => Clean && Id is not null && RecordedAt is not null && Author is not null && Subject is not null;
    }

    // Reads the kind-specific properties, and builds the record when the common fields were read too.
    private static AccountabilityRecord? Specific_(string kind, RecordDocument d, string path, ProblemCollector problems, DocumentFields read, Header h)
    {
        string at(string name) => ProblemPath.Join(path, name);
        AccountabilityRecord? Make(Func<AccountabilityRecord> create) => h.Complete ? read.Construct(path, create) : null;
        RecordId id = h.Id.GetValueOrDefault();
        Instant recordedAt = h.RecordedAt.GetValueOrDefault();
        PartyId author = h.Author.GetValueOrDefault();
        RecordSubject subject = h.Subject!;
        switch (kind)
        {
            case RecordKinds.Acknowledgment:
            {
                RecordId? feedback = d.Feedback is null ? null : read.Id<RecordId>(d.Feedback, at("feedback"));
                ScoredResultKey? result = d.Result is null ? null : Key(d.Result, at("result"), problems, read);
                if ((d.Feedback is null) == (d.Result is null))
                {
                    problems.Error(at(d.Feedback is null ? "feedback" : "result"), SerializationProblemCodes.PropertyRequired, "An acknowledgment names either the 'feedback' or the scored 'result' it acknowledges, not both.");
                }

                FeedbackText.CheckOptional(problems, at("response"), d.Response, "response");
                Party(h, at("author"), problems, "the subject acknowledges: the author must be the subject");
                if (result is not null && h.Subject?.Party is { } p && result.Subject != p)
                {
                    problems.Error(at("result.subject"), SerializationProblemCodes.ValueNotAllowed, $"The result acknowledged is '{result.Subject}''s; the record is about '{subject}'.", result.Subject.Value);
                }

                return Make(() => new Acknowledgment(id, recordedAt, author, subject, feedback, result, d.Response));
            }

            case RecordKinds.Appeal:
            {
                ScoredResultKey? result = null;
                if (d.Result is null)
                {
                    read.Required(at("result"), "the criterion result appealed");
                }
                else if ((result = Key(d.Result, at("result"), problems, read)) is not null)
                {
                    if (result.Criterion is null)
                    {
                        read.Required(at("result.criterion"), "the criterion appealed");
                    }

                    if (h.Subject?.Party is { } p && result.Subject != p)
                    {
                        problems.Error(at("result.subject"), SerializationProblemCodes.ValueNotAllowed, $"The result appealed is '{result.Subject}''s; the record is about '{subject}'.", result.Subject.Value);
                    }
                }

                FeedbackText.Check(problems, at("reason"), d.Reason, "reason");
                LocalDate? deadline = DocumentTime.DateAt(d.Deadline, at("deadline"), problems, read, required: true);
                PartyId[]? routedTo = Parties(d.RoutedTo, at("routedTo"), problems, read, required: true);
                Party(h, at("author"), problems, "the subject appeals: the author must be the subject");
                return deadline is null || routedTo is null || result is null ? null
                    : Make(() => new Appeal(id, recordedAt, author, subject, result, d.Reason!, deadline.Value, routedTo, d.Actual, d.Score));
            }

            case RecordKinds.AppealDecision:
            {
                RecordId? appeal = read.Id<RecordId>(d.Appeal, at("appeal"));
                AppealOutcome? outcome = read.Enum<AppealOutcome>(d.Outcome, at("outcome"), required: true);
                FeedbackText.Check(problems, at("reason"), d.Reason, "reason");
                AppealCorrection? correction = null;
                if (outcome == AppealOutcome.Upheld)
                {
                    if (d.Correction is not { } c)
                    {
                        read.Required(at("correction"), "the value an upheld appeal corrected");
                    }
                    else if (read.Value(c.Value, at("correction.value")) is { } value)
                    {
                        correction = c.Reference is null ? AppealCorrection.Actual(value)
                            : read.Text(c.Reference, at("correction.reference")) is { } name ? AppealCorrection.Reference(name, value) : null;
                    }
                }
                else if (outcome == AppealOutcome.Rejected)
                {
                    string why = "a rejected appeal corrects nothing and is not scored again";
                    read.Absent(d.Correction, at("correction"), why);
                    read.Absent(d.PreviousScore, at("previousScore"), why);
                    read.Absent(d.NewScore, at("newScore"), why);
                    read.Absent(d.PreviousCriterionScore, at("previousCriterionScore"), why);
                    read.Absent(d.NewCriterionScore, at("newCriterionScore"), why);
                    read.Absent(d.NewBand, at("newBand"), why);
                }

                if (d.NewBand is not null && outcome == AppealOutcome.Upheld)
                {
                    read.Text(d.NewBand, at("newBand"));
                }

                return appeal is null || outcome is null ? null
                    : Make(() => new AppealDecision(id, recordedAt, author, subject, appeal.Value, outcome.Value, d.Reason!, correction, d.PreviousScore, d.NewScore, d.PreviousCriterionScore, d.NewCriterionScore, d.NewBand));
            }

            case RecordKinds.Correction:
            {
                RecordId? amends = read.Id<RecordId>(d.Amends, at("amends"));
                bool? retraction = d.Retraction;
                FeedbackVisibility? visibility = read.Enum<FeedbackVisibility>(d.Visibility, at("visibility"), required: false);
                if (retraction is null)
                {
                    read.Required(at("retraction"), "whether the feedback is retracted (true or false)");
                }
                else if (retraction.Value)
                {
                    read.Absent(d.Text, at("text"), "a retraction changes no text");
                    read.Absent(d.Visibility, at("visibility"), "a retraction changes no visibility");
                }
                else
                {
                    FeedbackText.Check(problems, at("text"), d.Text, "feedback text");
                }

                FeedbackText.Check(problems, at("reason"), d.Reason, "reason");
                return amends is null || retraction is null ? null
                    : Make(() => new FeedbackCorrection(id, recordedAt, author, subject, amends.Value, retraction.Value, d.Text, visibility, d.Reason!));
            }

            case RecordKinds.SuggestionStatus:
            {
                RecordId? suggestion = read.Id<RecordId>(d.Suggestion, at("suggestion"));
                SuggestionStatus? status = read.Enum<SuggestionStatus>(d.Status, at("status"), required: true);
                PartyId[]? routedTo = [];
                if (h.Subject is { WorkItem: null })
                {
                    problems.Error(at("subject"), SerializationProblemCodes.ValueNotAllowed, "A suggestion's steps are about the work item suggested on.");
                }

                if (status == SuggestionStatus.Received)
                {
                    routedTo = Parties(d.RoutedTo, at("routedTo"), problems, read, required: true);
                }
                else if (status is not null)
                {
                    read.Absent(d.RoutedTo, at("routedTo"), "a suggestion is routed when it is received");
                }

                if (status is SuggestionStatus.Adopted or SuggestionStatus.Declined)
                {
                    FeedbackText.Check(problems, at("note"), d.Note, status == SuggestionStatus.Adopted ? "description of the change" : "reason");
                }
                else
                {
                    FeedbackText.CheckOptional(problems, at("note"), d.Note, "note");
                }

                return suggestion is null || status is null || routedTo is null ? null
                    : Make(() => new SuggestionStatusChange(id, recordedAt, author, subject, suggestion.Value, status.Value, d.Note, routedTo));
            }

            case RecordKinds.PlanAction:
                return PlanAction(d, path, problems, read, h);

            case RecordKinds.CycleTransition:
                return CycleTransition(d, path, problems, read, h);

            default:
            {
                FeedbackKind? feedbackKind = FeedbackKindOf(kind, at("recordKind"), problems);
                FeedbackTopic? about = d.About is null ? FeedbackTopic.None : Topic(d.About, at("about"), problems, read);
                FeedbackText.Check(problems, at("text"), d.Text, "feedback text");
                FeedbackVisibility? visibility = read.Enum<FeedbackVisibility>(d.Visibility, at("visibility"), required: true);
                return feedbackKind is null || about is null || visibility is null ? null
                    : Make(() => new FeedbackRecord(id, recordedAt, author, subject, feedbackKind, about, d.Text!, visibility.Value));
            }
        }
    }

    private static PlanActionRecord? PlanAction(RecordDocument d, string path, ProblemCollector problems, DocumentFields read, Header h)
    {
        string at(string name) => ProblemPath.Join(path, name);
        LocalDate? madeOn = DocumentTime.DateAt(d.PlanMadeOn, at("planMadeOn"), problems, read, required: true);
        int? action = read.Whole(d.Action, at("action"));
        if (action is < 1)
        {
            problems.Error(at("action"), SerializationProblemCodes.ValueNotAllowed, "An action's number is at least 1.", action.Value);
        }

        ReviewChecksTitle(problems, at("title"), d.Title);
        PartyId? owner = read.Id<PartyId>(d.Owner, at("owner"));
        LocalDate? due = DocumentTime.DateAt(d.Due, at("due"), problems, read, required: true);
        if (due is { } dd && madeOn is { } m && dd < m)
        {
            problems.Error(at("due"), ReviewProblemCodes.ActionDueBeforePlan, $"An action cannot be due on {LocalDatePattern.Iso.Format(dd)}, before the plan was made on {LocalDatePattern.Iso.Format(m)}.", dd);
        }

        ActionKind? actionKind = read.Enum<ActionKind>(d.ActionKind, at("actionKind"), required: true);
        ActionStatus? from = read.Enum<ActionStatus>(d.From, at("from"), required: false);
        ActionStatus? to = read.Enum<ActionStatus>(d.To, at("to"), required: true);
        if (d.From is null && to is { } added && added != ActionStatus.Open)
        {
            problems.Error(at("to"), ReviewProblemCodes.ActionTransitionForbidden, "An action is added open; without 'from' the status must be Open.", added);
        }
        else if (from is { } f && to is { } t && !PlannedAction.IsAllowed(f, t))
        {
            problems.Error(at("to"), ReviewProblemCodes.ActionTransitionForbidden, $"An action cannot go from {f} to {t}.", t);
        }

        if (to == ActionStatus.Dropped && d.Reason is null)
        {
            problems.Error(at("reason"), ReviewProblemCodes.ActionDropWithoutReason, "Dropping an action needs a reason.");
        }

        ReviewReason(problems, at("reason"), d.Reason);
        if (h.Subject is { Party: null })
        {
            problems.Error(at("subject"), SerializationProblemCodes.ValueNotAllowed, "A plan's actions are about the plan's subject, a party.");
        }

        if (!h.Complete || madeOn is null || action is not >= 1 || owner is null || due is null || actionKind is null || to is null || h.Subject!.Party is not { } party || d.Title is null)
        {
            return null;
        }

        var change = new ActionStatusChange(action.Value, from, to.Value, h.Author!.Value, h.RecordedAt!.Value, d.Reason);
        var planned = new PlannedAction(action.Value, actionKind.Value, d.Title, owner.Value, due.Value, null, null, [change]);
        return read.Construct(path, () => new PlanActionRecord(h.Id!.Value, change, planned, party, madeOn.Value));
    }

    private static CycleTransitionRecord? CycleTransition(RecordDocument d, string path, ProblemCollector problems, DocumentFields read, Header h)
    {
        string at(string name) => ProblemPath.Join(path, name);
        ReviewCycleId? cycle = read.Id<ReviewCycleId>(d.Cycle, at("cycle"));
        if (read.Text(d.CycleName, at("cycleName")) is { } name)
        {
            if (name.Length > ReviewCycle.MaxNameLength)
            {
                problems.Error(at("cycleName"), ReviewProblemCodes.CycleNameTooLong, $"A review cycle's name can be at most {ReviewCycle.MaxNameLength} characters; this one has {name.Length}.", name.Length);
            }
            else if (!string.Equals(name, name.Trim(), StringComparison.Ordinal))
            {
                problems.Error(at("cycleName"), SerializationProblemCodes.ValueNotAllowed, "A review cycle's name is kept trimmed: no white space at its ends.", name);
            }
        }

        ReviewPhase? from = read.Enum<ReviewPhase>(d.From, at("from"), required: true);
        ReviewPhase? to = read.Enum<ReviewPhase>(d.To, at("to"), required: true);
        if (from is { } f && to is { } t)
        {
            if (!ReviewCycle.IsAllowed(f, t))
            {
                problems.Error(at("to"), ReviewProblemCodes.CycleTransitionForbidden, $"A review cycle cannot move from {f} to {t}.", t);
            }
            else if (t < f && d.Reason is null)
            {
                problems.Error(at("reason"), ReviewProblemCodes.CycleBackWithoutReason, $"Going back from {f} to {t} needs a reason.");
            }
        }

        ReviewReason(problems, at("reason"), d.Reason);
        bool? isOverride = d.Override;
        if (isOverride is null)
        {
            read.Required(at("override"), "whether the move closed the cycle over outstanding acknowledgments or appeals (true or false)");
        }
        else if (isOverride.Value)
        {
            if (to is { } closing && closing != ReviewPhase.Closed)
            {
                problems.Error(at("override"), SerializationProblemCodes.ValueNotAllowed, "Only closing a cycle can override its guard.", true);
            }

            if (d.Reason is null)
            {
                problems.Error(at("reason"), ReviewProblemCodes.CycleNotReady, "An override of the close guard records its reason.");
            }

            read.Text(d.Outstanding, at("outstanding"));
        }
        else
        {
            read.Absent(d.Outstanding, at("outstanding"), "nothing is outstanding unless the close guard was overridden");
        }

        if (h.Subject is { } subject && h.Author is { } author && subject.Party != author)
        {
            problems.Error(at("subject"), SerializationProblemCodes.ValueNotAllowed, $"A cycle transition is about whoever moved the cycle, its author '{author}'.", subject.Key);
        }

        if (!h.Complete || cycle is null || from is null || to is null || isOverride is null || d.CycleName is null)
        {
            return null;
        }

        return read.Construct(path, () => new CycleTransitionRecord(h.Id!.Value, cycle.Value, d.CycleName, from.Value, to.Value, h.Author!.Value, h.RecordedAt!.Value, d.Reason, isOverride.Value ? d.Outstanding : null));
    }

    private static void ReviewChecksTitle(ProblemCollector problems, string path, string? title)
    {
        if (title is null)
        {
            problems.Error(path, SerializationProblemCodes.PropertyRequired, "Required: the action's title.");
            return;
        }

        int before = problems.Problems.Count;
        ReviewTitle(problems, path, title);
        if (problems.Problems.Count == before && !string.Equals(title, title.Trim(), StringComparison.Ordinal))
        {
            problems.Error(path, SerializationProblemCodes.ValueNotAllowed, "An action's title is kept trimmed: no white space at its ends.", title);
        }
    }

    private static void ReviewTitle(ProblemCollector problems, string path, string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Error(path, ReviewProblemCodes.ActionTitleEmpty, "An action needs a title saying what is to be done.", title);
        }
        else if (title.Length > PlannedAction.MaxTitleLength)
        {
            problems.Error(path, ReviewProblemCodes.ActionTitleTooLong, $"An action's title can be at most {PlannedAction.MaxTitleLength} characters; this one has {title.Length}.", title.Length);
        }
    }

    // A reason as the reviews stage records it: trimmed, not blank, not longer than the limit.
    private static void ReviewReason(ProblemCollector problems, string path, string? reason)
    {
        if (reason is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(reason) || !string.Equals(reason, reason.Trim(), StringComparison.Ordinal))
        {
            problems.Error(path, SerializationProblemCodes.ValueNotAllowed, "A recorded reason is trimmed and not blank (a blank reason is recorded as none).", reason);
        }
        else if (reason.Length > ReviewCycle.MaxReasonLength)
        {
            problems.Error(path, ReviewProblemCodes.ReasonTooLong, $"A reason can be at most {ReviewCycle.MaxReasonLength} characters; this one has {reason.Length}.", reason.Length);
        }
    }

    private static void Party(Header h, string path, ProblemCollector problems, string why)
    {
        if (h.Subject is { } subject && h.Author is { } author && subject.Party != author)
        {
            problems.Error(path, SerializationProblemCodes.ValueNotAllowed, $"The record is about '{subject}'; {why}.", author.Value);
        }
    }

    private static FeedbackKind? FeedbackKindOf(string kind, string path, ProblemCollector problems)
    {
        if (!Identifier.IsValid(kind, out string? reason))
        {
            problems.Error(path, SerializationProblemCodes.ValueNotAllowed, reason, kind);
            return null;
        }

        try
        {
            return FeedbackKind.Named(kind);
        }
        catch (AccountabilityException ex)
        {
            foreach (Problem problem in ex.Problems)
            {
                problems.Add(new Problem(path, problem.Code, problem.Message, problem.Severity, problem.AttemptedValue));
            }

            return null;
        }
    }

    private static PartyId[]? Parties(List<string?>? values, string path, ProblemCollector problems, DocumentFields read, bool required)
    {
        if (values is null || values.Count == 0)
        {
            if (required)
            {
                read.Required(path, "a non-empty array of the parties it was routed to");
            }

            return required ? null : [];
        }

        var parties = new PartyId[values.Count];
        var seen = new HashSet<PartyId>();
        bool ok = true;
        for (int i = 0; i < values.Count; i++)
        {
            string at = ProblemPath.Index(path, i);
            if (read.Id<PartyId>(values[i], at) is not { } party)
            {
                ok = false;
            }
            else if (!seen.Add(party))
            {
                problems.Error(at, SerializationProblemCodes.ValueNotAllowed, $"'{party}' is named twice.", party.Value);
                ok = false;
            }
            else
            {
                parties[i] = party;
            }
        }

        return ok ? parties : null;
    }

    private static RecordSubjectDocument Subject(RecordSubject subject) =>
        new() { Party = subject.Party?.Value, WorkItem = subject.WorkItem?.Value };

    private static RecordSubject? Subject(RecordSubjectDocument? d, string path, ProblemCollector problems, DocumentFields read)
    {
        if (d is null)
        {
            read.Required(path, "the record's subject: an object with 'party' or 'workItem'");
            return null;
        }

        if ((d.Party is null) == (d.WorkItem is null))
        {
            problems.Error(path, SerializationProblemCodes.PropertyRequired, "A subject names exactly one of 'party' and 'workItem'.");
            return null;
        }

        return d.Party is not null
            ? read.Id<PartyId>(d.Party, ProblemPath.Join(path, "party")) is { } party ? RecordSubject.Of(party) : null
            : read.Id<WorkItemId>(d.WorkItem, ProblemPath.Join(path, "workItem")) is { } item ? RecordSubject.Of(item) : null;
    }

    private static TopicDocument Topic(FeedbackTopic topic) => new()
    {
        Result = topic.Result is { } key ? Key(key) : null,
        Goal = topic.Goal?.Value,
        WorkItem = topic.WorkItem?.Value,
        ReviewCycle = topic.ReviewCycle?.Value,
    };

    private static FeedbackTopic? Topic(TopicDocument d, string path, ProblemCollector problems, DocumentFields read)
    {
        int given = (d.Result is null ? 0 : 1) + (d.Goal is null ? 0 : 1) + (d.WorkItem is null ? 0 : 1) + (d.ReviewCycle is null ? 0 : 1);
        if (given != 1)
        {
            problems.Error(path, SerializationProblemCodes.PropertyRequired, "A topic names exactly one of 'result', 'goal', 'workItem' and 'reviewCycle' (leave 'about' out for feedback about nothing in particular).");
            return null;
        }

        if (d.Result is not null)
        {
            ScoredResultKey? key = Key(d.Result, ProblemPath.Join(path, "result"), problems, read);
            if (key is not null && key.Criterion is null)
            {
                read.Required(ProblemPath.Join(path, "result.criterion"), "the criterion the feedback is about");
                return null;
            }

            return key is null ? null : FeedbackTopic.CriterionResult(key);
        }

        if (d.Goal is not null)
        {
            return read.Id<GoalId>(d.Goal, ProblemPath.Join(path, "goal")) is { } goal ? FeedbackTopic.OfGoal(goal) : null;
        }

        if (d.WorkItem is not null)
        {
            return read.Id<WorkItemId>(d.WorkItem, ProblemPath.Join(path, "workItem")) is { } item ? FeedbackTopic.OfWorkItem(item) : null;
        }

        return read.Id<ReviewCycleId>(d.ReviewCycle, ProblemPath.Join(path, "reviewCycle")) is { } cycle ? FeedbackTopic.OfReviewCycle(cycle) : null;
    }

    private static ResultKeyDocument Key(ScoredResultKey key) => new()
    {
        Scorecard = key.Scorecard.Value,
        Subject = key.Subject.Value,
        Period = new PeriodDocument { Start = DocumentTime.Date(key.Period.Start), End = DocumentTime.Date(key.Period.End) },
        Criterion = key.Criterion?.Value,
    };

    private static ScoredResultKey? Key(ResultKeyDocument d, string path, ProblemCollector problems, DocumentFields read)
    {
        ScorecardId? scorecard = read.Id<ScorecardId>(d.Scorecard, ProblemPath.Join(path, "scorecard"));
        PartyId? subject = read.Id<PartyId>(d.Subject, ProblemPath.Join(path, "subject"));
        CriterionId? criterion = d.Criterion is null ? null : read.Id<CriterionId>(d.Criterion, ProblemPath.Join(path, "criterion"));
        DateInterval? period = DocumentTime.Period(d.Period, ProblemPath.Join(path, "period"), problems, read);
        return scorecard is null || subject is null || period is null || (d.Criterion is not null && criterion is null)
            ? null
            : new ScoredResultKey(scorecard.Value, subject.Value, period, criterion);
    }
}
