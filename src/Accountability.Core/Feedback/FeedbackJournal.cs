using Accountability.Responsibility;
using Accountability.Scoring;
using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// Records what happens after the score, as evidence in an <see cref="IAccountabilityStore"/>: feedback and its
/// corrections, acknowledgments, appeals routed to whoever is accountable and their decisions, and upward suggestions
/// from received to adopted or declined. Reads them back as a <see cref="FeedbackHistory"/>.
/// </summary>
/// <remarks>
/// <para>
/// Thread-safe when its store, clock and options are. Every method checks its whole input first and reports every
/// problem at once in an <see cref="AccountabilityException"/> (codes in <see cref="FeedbackProblemCodes"/>), before
/// anything is stored: on an error nothing changes. Times come from the injected <see cref="IClock"/>.
/// </para>
/// <para>
/// Each thread of records is one stream named as its first record: a piece of feedback with its corrections and
/// acknowledgments, an appeal with its decision, a suggestion with its steps. A change to a thread is appended with the
/// version read, so two people deciding the same appeal at once cannot both succeed: the second gets a
/// <see cref="StreamVersionConflictException"/>.
/// </para>
/// </remarks>
public sealed class FeedbackJournal
{
    private readonly IAccountabilityStore _store;
    private readonly IClock _clock;
    private readonly FeedbackJournalOptions _options;

    /// <summary>Creates a journal over <paramref name="store"/>.</summary>
    /// <param name="store">Where records are kept.</param>
    /// <param name="clock">Where record times come from.</param>
    /// <param name="options">The checks to make and how to name records; <see cref="FeedbackJournalOptions.Default"/> when omitted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="clock"/> is null.</exception>
    public FeedbackJournal(IAccountabilityStore store, IClock clock, FeedbackJournalOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        _store = store;
        _clock = clock;
        _options = options ?? FeedbackJournalOptions.Default;
    }

    /// <summary>The store the journal writes to and reads from.</summary>
    public IAccountabilityStore Store => _store;

    /// <summary>Records a piece of feedback.</summary>
    /// <param name="author">Who gives it.</param>
    /// <param name="subject">Whom it is for: a person, or for upward feedback a team, role or work item.</param>
    /// <param name="kind">Recognition, improvement, coaching, upward suggestion or an integrator's kind.</param>
    /// <param name="text">The feedback, at most <see cref="FeedbackText.MaxLength"/> characters.</param>
    /// <param name="visibility">Who may see it; shared with the subject by default.</param>
    /// <param name="about">What it is about; nothing in particular when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="author"/> is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="visibility"/> is not defined.</exception>
    /// <exception cref="AccountabilityException">The text is empty or too long, or the author or subject is not in the party directory; nothing is stored.</exception>
    public async ValueTask<FeedbackRecord> GiveAsync(PartyId author, RecordSubject subject, FeedbackKind kind, string text, FeedbackVisibility visibility = FeedbackVisibility.SharedWithSubject, FeedbackTopic? about = null, CancellationToken cancellationToken = default)
    {
        Identifier.ThrowIfDefault(author, "The author cannot be default.", nameof(author));
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(kind);
        if (!Enum.IsDefined(visibility))
        {
            throw new ArgumentOutOfRangeException(nameof(visibility), visibility, "Unknown feedback visibility.");
        }

        var problems = new ProblemCollector();
        CheckAuthor(problems, author);
        CheckSubject(problems, subject);
        FeedbackText.Check(problems, nameof(text), text, "feedback text");
        problems.ThrowIfErrors();
        var record = new FeedbackRecord(NewId(), _clock.GetCurrentInstant(), author, subject, kind, about ?? FeedbackTopic.None, text, visibility);
        return (FeedbackRecord)await StartAsync(record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Corrects a piece of feedback: a new record pointing at it; the original stays in the history.</summary>
    /// <param name="feedback">The feedback to correct.</param>
    /// <param name="by">Who corrects it: its author.</param>
    /// <param name="text">The corrected text.</param>
    /// <param name="reason">Why.</param>
    /// <param name="visibility">The corrected visibility; unchanged when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored correction.</returns>
    /// <exception cref="ArgumentException"><paramref name="feedback"/> or <paramref name="by"/> is default.</exception>
    /// <exception cref="AccountabilityException">The feedback is not found, was retracted or is not <paramref name="by"/>'s, or a text is empty or too long; nothing is stored.</exception>
    /// <exception cref="StreamVersionConflictException">Someone else amended the feedback at the same moment; nothing is stored.</exception>
    public ValueTask<FeedbackCorrection> CorrectAsync(RecordId feedback, PartyId by, string text, string reason, FeedbackVisibility? visibility = null, CancellationToken cancellationToken = default)
    {
        if (visibility is FeedbackVisibility v && !Enum.IsDefined(v))
        {
            throw new ArgumentOutOfRangeException(nameof(visibility), visibility, "Unknown feedback visibility.");
        }

        return AmendAsync(feedback, by, false, text, visibility, reason, cancellationToken);
    }

    /// <summary>Retracts a piece of feedback: the current view hides it, the full history keeps both records.</summary>
    /// <param name="feedback">The feedback to retract.</param>
    /// <param name="by">Who retracts it: its author.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored retraction.</returns>
    /// <exception cref="ArgumentException"><paramref name="feedback"/> or <paramref name="by"/> is default.</exception>
    /// <exception cref="AccountabilityException">The feedback is not found, was already retracted or is not <paramref name="by"/>'s, or the reason is empty or too long; nothing is stored.</exception>
    /// <exception cref="StreamVersionConflictException">Someone else amended the feedback at the same moment; nothing is stored.</exception>
    public ValueTask<FeedbackCorrection> RetractAsync(RecordId feedback, PartyId by, string reason, CancellationToken cancellationToken = default) =>
        AmendAsync(feedback, by, true, null, null, reason, cancellationToken);

    /// <summary>Records that the subject of a piece of feedback acknowledged it.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="by">Who acknowledges: the feedback's subject.</param>
    /// <param name="response">Their response, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored acknowledgment.</returns>
    /// <exception cref="ArgumentException"><paramref name="feedback"/> or <paramref name="by"/> is default.</exception>
    /// <exception cref="AccountabilityException">The feedback is not found or was retracted, <paramref name="by"/> is not its subject, or the response is empty or too long; nothing is stored.</exception>
    /// <exception cref="StreamVersionConflictException">Someone else amended the feedback at the same moment; nothing is stored.</exception>
    public async ValueTask<Acknowledgment> AcknowledgeAsync(RecordId feedback, PartyId by, string? response = null, CancellationToken cancellationToken = default)
    {
        Identifier.ThrowIfDefault(feedback, "The feedback cannot be default.", nameof(feedback));
        Identifier.ThrowIfDefault(by, "Who acknowledges cannot be default.", nameof(by));
        var problems = new ProblemCollector();
        (FeedbackRecord? original, IReadOnlyList<AccountabilityRecord> thread) = await ReadThreadAsync<FeedbackRecord>(problems, feedback, nameof(feedback), "feedback", cancellationToken).ConfigureAwait(false);
        if (original is not null)
        {
            if (original.Subject.Party != by)
            {
                problems.Error(nameof(by), FeedbackProblemCodes.NotTheSubject, $"Only the subject of the feedback ('{original.Subject}') can acknowledge it, not '{by}'.", by.Value);
            }

            if (IsRetracted(thread))
            {
                problems.Error(nameof(feedback), FeedbackProblemCodes.TransitionNotAllowed, $"The feedback '{feedback}' was retracted; it cannot be acknowledged.", feedback.Value);
            }
        }

        FeedbackText.CheckOptional(problems, nameof(response), response, "response");
        problems.ThrowIfErrors();
        var record = new Acknowledgment(NewId(), _clock.GetCurrentInstant(), by, original!.Subject, feedback, null, response);
        return (Acknowledgment)await ContinueAsync(thread, record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records that the subject of a scored result acknowledged it.</summary>
    /// <param name="result">The result acknowledged (or one criterion of it).</param>
    /// <param name="by">Who acknowledges: the result's subject.</param>
    /// <param name="response">Their response, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored acknowledgment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is default.</exception>
    /// <exception cref="AccountabilityException"><paramref name="by"/> is not the result's subject or not in the party directory, or the response is empty or too long; nothing is stored.</exception>
    public async ValueTask<Acknowledgment> AcknowledgeResultAsync(ScoredResultKey result, PartyId by, string? response = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        Identifier.ThrowIfDefault(by, "Who acknowledges cannot be default.", nameof(by));
        var problems = new ProblemCollector();
        CheckAuthor(problems, by);
        if (result.Subject != by)
        {
            problems.Error(nameof(by), FeedbackProblemCodes.NotTheSubject, $"Only the subject of the result ('{result.Subject}') can acknowledge it, not '{by}'.", by.Value);
        }

        FeedbackText.CheckOptional(problems, nameof(response), response, "response");
        problems.ThrowIfErrors();
        var record = new Acknowledgment(NewId(), _clock.GetCurrentInstant(), by, RecordSubject.Of(result.Subject), null, result, response);
        return (Acknowledgment)await StartAsync(record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Files an appeal against one criterion result of a scored period. It is routed to whoever the responsibility
    /// matrix says is accountable for the criterion's work <em>for this subject</em>.
    /// </summary>
    /// <param name="result">The scored result.</param>
    /// <param name="period">The period scored, both ends included.</param>
    /// <param name="criterion">The criterion contested.</param>
    /// <param name="by">Who appeals: the result's subject.</param>
    /// <param name="reason">Why the result is unfair.</param>
    /// <param name="deadline">The last day on which the appeal should be decided.</param>
    /// <param name="responsibilities">The matrix as of the evaluation date, which routes the appeal.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored appeal; its identifier is the appeal's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/>, <paramref name="period"/> or <paramref name="responsibilities"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> or <paramref name="by"/> is default.</exception>
    /// <exception cref="AccountabilityException">
    /// <paramref name="by"/> is not the subject (<c>not-the-subject</c>) or not in the party directory, the period is closed
    /// (<c>period-closed</c>), the result has no such criterion (<c>criterion-not-in-result</c>), no one is accountable
    /// for the work for this subject (<c>not-routable</c>), or the reason is empty or too long; nothing is stored.
    /// </exception>
    public async ValueTask<Appeal> FileAppealAsync(ScorecardResult result, DateInterval period, CriterionId criterion, PartyId by, string reason, LocalDate deadline, ResponsibilitySnapshot responsibilities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(responsibilities);
        Identifier.ThrowIfDefault(criterion, "The criterion cannot be default.", nameof(criterion));
        Identifier.ThrowIfDefault(by, "Who appeals cannot be default.", nameof(by));
        var problems = new ProblemCollector();
        CheckAuthor(problems, by);
        if (result.Subject != by)
        {
            problems.Error(nameof(by), FeedbackProblemCodes.NotTheSubject, $"Only the subject of the result ('{result.Subject}') can appeal it, not '{by}'.", by.Value);
        }

        if (IsClosed(result.ScorecardId, period))
        {
            problems.Error(nameof(period), FeedbackProblemCodes.PeriodClosed, $"The period {Iso(period.Start)}..{Iso(period.End)} of '{result.ScorecardId}' is closed; its results can no longer be appealed.", period);
        }

        FeedbackText.Check(problems, nameof(reason), reason, "reason");
        CriterionResult? contested = result.Criteria.FirstOrDefault(c => c.CriterionId == criterion);
        PartyId[] routedTo = [];
        if (contested is null)
        {
            problems.Error(nameof(criterion), FeedbackProblemCodes.CriterionNotInResult, $"The result of '{result.ScorecardId}' for '{result.Subject}' has no criterion '{criterion}'.", criterion.Value);
        }
        else
        {
            SubjectAccountability answer = responsibilities.WhoAnswersFor(result.Subject, contested);
            routedTo = answer.Answer is { } a ? [.. a.AccountablePeople.Select(p => p.Id)] : [];
            if (routedTo.Length == 0)
            {
                string why = answer.Problems.Count > 0 ? " " + string.Join(" ", answer.Problems.Select(p => p.Message)) : string.Empty;
                problems.Error(nameof(criterion), FeedbackProblemCodes.NotRoutable, $"No one is on record as accountable for the work of '{criterion}' for '{result.Subject}', so the appeal cannot be routed.{why}", criterion.Value);
            }
        }

        problems.ThrowIfErrors();
        var key = new ScoredResultKey(result.ScorecardId, result.Subject, period, criterion);
        var record = new Appeal(NewId(), _clock.GetCurrentInstant(), by, RecordSubject.Of(result.Subject), key, reason, deadline, routedTo, contested!.Actual, contested.Score);
        return (Appeal)await StartAsync(record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Upholds an appeal: corrects the contested criterion's actual or the subject's reference value, scores the
    /// corrected actuals with the same scorecard, and records the decision with the new scores beside the old.
    /// </summary>
    /// <param name="appeal">The appeal.</param>
    /// <param name="by">Who decides: one of the people the appeal was routed to.</param>
    /// <param name="reason">Why it is upheld.</param>
    /// <param name="scorecard">The scorecard the result was scored with.</param>
    /// <param name="actuals">The actuals the result was scored from.</param>
    /// <param name="correction">The corrected value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The decision, and the old and new results.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/>, <paramref name="actuals"/> or <paramref name="correction"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="appeal"/> or <paramref name="by"/> is default.</exception>
    /// <exception cref="AccountabilityException">
    /// The appeal is not found or already decided, <paramref name="by"/> is not whom it was routed to, the scorecard or
    /// actuals are not the appeal's, the correction changes nothing or names a reference value the scorecard does not
    /// take per subject, or the reason is empty or too long; nothing is stored.
    /// </exception>
    /// <exception cref="StreamVersionConflictException">Someone else decided the appeal at the same moment; nothing is stored.</exception>
    public async ValueTask<AppealRescoring> UpholdAppealAsync(RecordId appeal, PartyId by, string reason, Scorecard scorecard, Actuals actuals, AppealCorrection correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(correction);
        (ProblemCollector problems, Appeal? filed, IReadOnlyList<AccountabilityRecord> thread) = await CheckDecisionAsync(appeal, by, reason, cancellationToken).ConfigureAwait(false);
        Actuals? corrected = null;
        if (filed is not null)
        {
            corrected = Correct(problems, filed, scorecard, actuals, correction);
        }

        problems.ThrowIfErrors();
        ScorecardResult previous = scorecard.Score(actuals);
        ScorecardResult rescored = scorecard.Score(corrected!);
        CriterionId criterion = filed!.Result.Criterion!.Value;
        var record = new AppealDecision(
            NewId(),
            _clock.GetCurrentInstant(),
            by,
            filed.Subject,
            appeal,
            AppealOutcome.Upheld,
            reason,
            correction,
            previous.Score,
            rescored.Score,
            previous[criterion].Score,
            rescored[criterion].Score,
            rescored.Band?.Name);
        var stored = (AppealDecision)await ContinueAsync(thread, record, cancellationToken).ConfigureAwait(false);
        return new AppealRescoring(stored, previous, corrected!, rescored);
    }

    /// <summary>Rejects an appeal, with a reason.</summary>
    /// <param name="appeal">The appeal.</param>
    /// <param name="by">Who decides: one of the people the appeal was routed to.</param>
    /// <param name="reason">Why it is rejected.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="appeal"/> or <paramref name="by"/> is default.</exception>
    /// <exception cref="AccountabilityException">The appeal is not found or already decided, <paramref name="by"/> is not whom it was routed to, or the reason is empty or too long; nothing is stored.</exception>
    /// <exception cref="StreamVersionConflictException">Someone else decided the appeal at the same moment; nothing is stored.</exception>
    public async ValueTask<AppealDecision> RejectAppealAsync(RecordId appeal, PartyId by, string reason, CancellationToken cancellationToken = default)
    {
        (ProblemCollector problems, Appeal? filed, IReadOnlyList<AccountabilityRecord> thread) = await CheckDecisionAsync(appeal, by, reason, cancellationToken).ConfigureAwait(false);
        problems.ThrowIfErrors();
        var record = new AppealDecision(NewId(), _clock.GetCurrentInstant(), by, filed!.Subject, appeal, AppealOutcome.Rejected, reason, null, null, null, null, null, null);
        return (AppealDecision)await ContinueAsync(thread, record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records an upward suggestion about a work item, routed to whoever is accountable for the item; it starts as
    /// <see cref="SuggestionStatus.Received"/>.
    /// </summary>
    /// <param name="author">Who suggests.</param>
    /// <param name="workItem">The work item the suggestion concerns.</param>
    /// <param name="text">The suggestion.</param>
    /// <param name="responsibilities">The matrix as of today, which routes the suggestion.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The suggestion as a case: the feedback record and its received step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responsibilities"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="author"/> or <paramref name="workItem"/> is default.</exception>
    /// <exception cref="AccountabilityException">The author is not in the party directory, no one is accountable for the item (<c>not-routable</c>), or the text is empty or too long; nothing is stored.</exception>
    public async ValueTask<SuggestionCase> SuggestAsync(PartyId author, WorkItemId workItem, string text, ResponsibilitySnapshot responsibilities, CancellationToken cancellationToken = default)
    {
        Identifier.ThrowIfDefault(author, "The author cannot be default.", nameof(author));
        Identifier.ThrowIfDefault(workItem, "The work item cannot be default.", nameof(workItem));
        ArgumentNullException.ThrowIfNull(responsibilities);
        var problems = new ProblemCollector();
        CheckAuthor(problems, author);
        FeedbackText.Check(problems, nameof(text), text, "suggestion");
        PartyId[] routedTo = [];
        try
        {
            routedTo = [responsibilities.WhoAnswersFor(workItem).Accountable.Person.Id];
        }
        catch (AccountabilityException ex)
        {
            problems.Error(nameof(workItem), FeedbackProblemCodes.NotRoutable, $"No one is on record as accountable for '{workItem}', so the suggestion cannot be routed. {string.Join(" ", ex.Problems.Select(p => p.Message))}", workItem.Value);
        }

        problems.ThrowIfErrors();
        Instant now = _clock.GetCurrentInstant();
        RecordSubject subject = RecordSubject.Of(workItem);
        var suggestion = new FeedbackRecord(NewId(), now, author, subject, FeedbackKind.UpwardSuggestion, FeedbackTopic.OfWorkItem(workItem), text, FeedbackVisibility.AuthorAndManagers);
        var received = new SuggestionStatusChange(NewId(), now, author, subject, suggestion.Id, SuggestionStatus.Received, null, routedTo);
        IReadOnlyList<AccountabilityRecord> stored = await _store.AppendAsync(new StreamId(suggestion.Id.Value), 0, [suggestion, received], cancellationToken).ConfigureAwait(false);
        return new SuggestionCase((FeedbackRecord)stored[0], [(SuggestionStatusChange)stored[1]]);
    }

    /// <summary>Moves a received suggestion to <see cref="SuggestionStatus.Considered"/>.</summary>
    /// <param name="suggestion">The suggestion.</param>
    /// <param name="by">Who considers it: whom it was routed to.</param>
    /// <param name="note">A note, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored step.</returns>
    /// <exception cref="ArgumentException"><paramref name="suggestion"/> or <paramref name="by"/> is default.</exception>
    /// <exception cref="AccountabilityException">The suggestion is not found or not received, <paramref name="by"/> is not whom it was routed to, or the note is empty or too long; nothing is stored.</exception>
    /// <exception cref="StreamVersionConflictException">Someone else moved the suggestion at the same moment; nothing is stored.</exception>
    public ValueTask<SuggestionStatusChange> ConsiderSuggestionAsync(RecordId suggestion, PartyId by, string? note = null, CancellationToken cancellationToken = default) =>
        MoveSuggestionAsync(suggestion, by, SuggestionStatus.Considered, note, cancellationToken);

    /// <summary>Adopts a considered suggestion, saying what it changed: "feedback that changes the strategy".</summary>
    /// <param name="suggestion">The suggestion.</param>
    /// <param name="by">Who adopts it: whom it was routed to.</param>
    /// <param name="change">What the suggestion changed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored step.</returns>
    /// <exception cref="ArgumentException"><paramref name="suggestion"/> or <paramref name="by"/> is default.</exception>
    /// <exception cref="AccountabilityException">The suggestion is not found or not considered, <paramref name="by"/> is not whom it was routed to, or the change is empty or too long; nothing is stored.</exception>
    /// <exception cref="StreamVersionConflictException">Someone else moved the suggestion at the same moment; nothing is stored.</exception>
    public ValueTask<SuggestionStatusChange> AdoptSuggestionAsync(RecordId suggestion, PartyId by, string change, CancellationToken cancellationToken = default) =>
        MoveSuggestionAsync(suggestion, by, SuggestionStatus.Adopted, change, cancellationToken);

    /// <summary>Declines a considered suggestion, with a reason.</summary>
    /// <param name="suggestion">The suggestion.</param>
    /// <param name="by">Who declines it: whom it was routed to.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored step.</returns>
    /// <exception cref="ArgumentException"><paramref name="suggestion"/> or <paramref name="by"/> is default.</exception>
    /// <exception cref="AccountabilityException">The suggestion is not found or not considered, <paramref name="by"/> is not whom it was routed to, or the reason is empty or too long; nothing is stored.</exception>
    /// <exception cref="StreamVersionConflictException">Someone else moved the suggestion at the same moment; nothing is stored.</exception>
    public ValueTask<SuggestionStatusChange> DeclineSuggestionAsync(RecordId suggestion, PartyId by, string reason, CancellationToken cancellationToken = default) =>
        MoveSuggestionAsync(suggestion, by, SuggestionStatus.Declined, reason, cancellationToken);

    /// <summary>Reads every record that matches <paramref name="query"/> (all pages, oldest first) and builds the views over them.</summary>
    /// <param name="query">The filters; every record when omitted. Its order, page size and continuation are ignored.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The views.</returns>
    public async ValueTask<FeedbackHistory> HistoryAsync(RecordQuery? query = null, CancellationToken cancellationToken = default)
    {
        RecordQuery given = query ?? new RecordQuery();
        var all = new RecordQuery { Subject = given.Subject, Author = given.Author, Kinds = given.Kinds, From = given.From, Until = given.Until, PageSize = RecordQuery.MaxPageSize };
        var records = new List<AccountabilityRecord>();
        RecordPage page = await _store.QueryAsync(all, cancellationToken).ConfigureAwait(false);
        records.AddRange(page.Records);
        while (page.ContinuationToken is { } next)
        {
            page = await _store.QueryAsync(all.After(next), cancellationToken).ConfigureAwait(false);
            records.AddRange(page.Records);
        }

        return FeedbackHistory.From(records);
    }

    /// <summary>Every record about <paramref name="subject"/>, as views: the full history and the current view of its feedback.</summary>
    /// <param name="subject">A person, team, role or work item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The views.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public ValueTask<FeedbackHistory> HistoryOfAsync(RecordSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return HistoryAsync(new RecordQuery { Subject = subject }, cancellationToken);
    }

    /// <summary>Every appeal and decision, as views: open appeals, who has them, and those past their deadline.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The views.</returns>
    public ValueTask<FeedbackHistory> AppealsAsync(CancellationToken cancellationToken = default) =>
        HistoryAsync(new RecordQuery { Kinds = [RecordKinds.Appeal, RecordKinds.AppealDecision] }, cancellationToken);

    /// <summary>Every upward suggestion and its steps, as views: among them the adopted ones and what they changed.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The views.</returns>
    public ValueTask<FeedbackHistory> SuggestionsAsync(CancellationToken cancellationToken = default) =>
        HistoryAsync(new RecordQuery { Kinds = [RecordKinds.UpwardSuggestion, RecordKinds.SuggestionStatus] }, cancellationToken);

    private static string Iso(LocalDate date) => Tenure.Iso(date);

    private static bool IsRetracted(IReadOnlyList<AccountabilityRecord> thread) =>
        thread.Any(r => r is FeedbackCorrection { IsRetraction: true });

    private static Actuals? Correct(ProblemCollector problems, Appeal filed, Scorecard scorecard, Actuals actuals, AppealCorrection correction)
    {
        CriterionId criterion = filed.Result.Criterion!.Value;
        if (scorecard.Id != filed.Result.Scorecard)
        {
            problems.Error(nameof(scorecard), FeedbackProblemCodes.CorrectionInvalid, $"The appeal is against '{filed.Result.Scorecard}', not '{scorecard.Id}'.", scorecard.Id.Value);
        }

        if (actuals.Subject != filed.Result.Subject)
        {
            problems.Error(nameof(actuals), FeedbackProblemCodes.CorrectionInvalid, $"The appeal is '{filed.Result.Subject}''s; the actuals given are '{actuals.Subject}''s.", actuals.Subject.Value);
        }

        ScorecardCriterion? entry = scorecard.Criteria.FirstOrDefault(c => c.Criterion.Id == criterion);
        if (entry is null)
        {
            problems.Error(nameof(scorecard), FeedbackProblemCodes.CriterionNotInResult, $"The scorecard '{scorecard.Id}' has no criterion '{criterion}'.", criterion.Value);
            return null;
        }

        var entries = new Dictionary<CriterionId, ActualValue>(actuals.Entries);
        var references = actuals.References.ToDictionary(r => (r.Criterion, r.Name));
        string correctionPath = ProblemPath.Join(nameof(correction), correction.IsActual ? "actual" : correction.ReferenceName!);
        if (correction.ReferenceName is not string name)
        {
            if (entries.TryGetValue(criterion, out ActualValue? was) && was.Kind == ActualKind.Value && was.Value == correction.Value)
            {
                problems.Error(correctionPath, FeedbackProblemCodes.CorrectionInvalid, $"The actual of '{criterion}' is already {correction.Value}; the correction changes nothing.", correction.Value);
            }

            entries[criterion] = new ActualValue(ActualKind.Value, correction.Value, null, null);
        }
        else
        {
            if (!entry.PerSubject.Contains(name, StringComparer.Ordinal))
            {
                problems.Error(correctionPath, FeedbackProblemCodes.CorrectionInvalid, $"The scorecard '{scorecard.Id}' does not take '{name}' of '{criterion}' per subject, so an appeal cannot correct it.", name);
            }
            else if (references.TryGetValue((criterion, name), out ReferenceValue? was) && was.Value == correction.Value)
            {
                problems.Error(correctionPath, FeedbackProblemCodes.CorrectionInvalid, $"The '{name}' of '{criterion}' is already {correction.Value}; the correction changes nothing.", correction.Value);
            }

            references[(criterion, name)] = new ReferenceValue(criterion, name, correction.Value, new ReferenceSource("appeal " + filed.Id.Value));
        }

        return problems.HasErrors ? null : new Actuals(actuals.Subject, entries, references);
    }

    private async ValueTask<FeedbackCorrection> AmendAsync(RecordId feedback, PartyId by, bool retract, string? text, FeedbackVisibility? visibility, string reason, CancellationToken cancellationToken)
    {
        Identifier.ThrowIfDefault(feedback, "The feedback cannot be default.", nameof(feedback));
        Identifier.ThrowIfDefault(by, "Who amends cannot be default.", nameof(by));
        var problems = new ProblemCollector();
        (FeedbackRecord? original, IReadOnlyList<AccountabilityRecord> thread) = await ReadThreadAsync<FeedbackRecord>(problems, feedback, nameof(feedback), "feedback", cancellationToken).ConfigureAwait(false);
        if (original is not null)
        {
            if (original.Author != by)
            {
                problems.Error(nameof(by), FeedbackProblemCodes.NotTheAuthor, $"Only the author of the feedback ('{original.Author}') can {(retract ? "retract" : "correct")} it, not '{by}'.", by.Value);
            }

            if (IsRetracted(thread))
            {
                problems.Error(nameof(feedback), FeedbackProblemCodes.TransitionNotAllowed, $"The feedback '{feedback}' was retracted; it cannot be {(retract ? "retracted again" : "corrected")}.", feedback.Value);
            }
        }

        if (!retract)
        {
            FeedbackText.Check(problems, nameof(text), text, "feedback text");
        }

        FeedbackText.Check(problems, nameof(reason), reason, "reason");
        problems.ThrowIfErrors();
        var record = new FeedbackCorrection(NewId(), _clock.GetCurrentInstant(), by, original!.Subject, feedback, retract, text, visibility, reason);
        return (FeedbackCorrection)await ContinueAsync(thread, record, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<(ProblemCollector Problems, Appeal? Appeal, IReadOnlyList<AccountabilityRecord> Thread)> CheckDecisionAsync(RecordId appeal, PartyId by, string reason, CancellationToken cancellationToken)
    {
        Identifier.ThrowIfDefault(appeal, "The appeal cannot be default.", nameof(appeal));
        Identifier.ThrowIfDefault(by, "Who decides cannot be default.", nameof(by));
        var problems = new ProblemCollector();
        (Appeal? filed, IReadOnlyList<AccountabilityRecord> thread) = await ReadThreadAsync<Appeal>(problems, appeal, nameof(appeal), "appeal", cancellationToken).ConfigureAwait(false);
        if (filed is not null)
        {
            if (!filed.RoutedTo.Contains(by))
            {
                problems.Error(nameof(by), FeedbackProblemCodes.NotRoutedTo, $"The appeal '{appeal}' is for {string.Join(", ", filed.RoutedTo.Select(p => "'" + p.Value + "'"))} to decide, not '{by}'.", by.Value);
            }

            if (thread.OfType<AppealDecision>().FirstOrDefault() is { } decided)
            {
                problems.Error(nameof(appeal), FeedbackProblemCodes.TransitionNotAllowed, $"The appeal '{appeal}' was already {decided.Outcome.ToString().ToLowerInvariant()}; it cannot be decided again.", appeal.Value);
            }
        }

        FeedbackText.Check(problems, nameof(reason), reason, "reason");
        return (problems, filed, thread);
    }

    private async ValueTask<SuggestionStatusChange> MoveSuggestionAsync(RecordId suggestion, PartyId by, SuggestionStatus to, string? note, CancellationToken cancellationToken)
    {
        Identifier.ThrowIfDefault(suggestion, "The suggestion cannot be default.", nameof(suggestion));
        Identifier.ThrowIfDefault(by, "Who moves the suggestion cannot be default.", nameof(by));
        var problems = new ProblemCollector();
        (FeedbackRecord? filed, IReadOnlyList<AccountabilityRecord> thread) = await ReadThreadAsync<FeedbackRecord>(problems, suggestion, nameof(suggestion), "suggestion", cancellationToken).ConfigureAwait(false);
        SuggestionStatusChange[] steps = [.. thread.OfType<SuggestionStatusChange>()];
        if (filed is not null && steps.Length == 0)
        {
            problems.Error(nameof(suggestion), FeedbackProblemCodes.WrongRecordKind, $"The record '{suggestion}' is feedback, not a suggestion filed with SuggestAsync.", suggestion.Value);
        }
        else if (filed is not null)
        {
            SuggestionStatus from = steps[^1].Status;
            bool allowed = (from, to) is (SuggestionStatus.Received, SuggestionStatus.Considered)
                or (SuggestionStatus.Considered, SuggestionStatus.Adopted)
                or (SuggestionStatus.Considered, SuggestionStatus.Declined);
            if (!allowed)
            {
                problems.Error(nameof(suggestion), FeedbackProblemCodes.TransitionNotAllowed, $"The suggestion '{suggestion}' is {Lower(from)}; it cannot be {Lower(to)} (received → considered → adopted or declined).", Lower(to));
            }

            if (!steps[0].RoutedTo.Contains(by))
            {
                problems.Error(nameof(by), FeedbackProblemCodes.NotRoutedTo, $"The suggestion '{suggestion}' is for {string.Join(", ", steps[0].RoutedTo.Select(p => "'" + p.Value + "'"))} to decide, not '{by}'.", by.Value);
            }
        }

        if (to == SuggestionStatus.Considered)
        {
            FeedbackText.CheckOptional(problems, "note", note, "note");
        }
        else
        {
            FeedbackText.Check(problems, to == SuggestionStatus.Adopted ? "change" : "reason", note, to == SuggestionStatus.Adopted ? "description of the change" : "reason");
        }

        problems.ThrowIfErrors();
        var record = new SuggestionStatusChange(NewId(), _clock.GetCurrentInstant(), by, filed!.Subject, suggestion, to, note, []);
        return (SuggestionStatusChange)await ContinueAsync(thread, record, cancellationToken).ConfigureAwait(false);
    }

    private static string Lower(SuggestionStatus status) => status.ToString().ToLowerInvariant();

    private async ValueTask<(T? Record, IReadOnlyList<AccountabilityRecord> Thread)> ReadThreadAsync<T>(ProblemCollector problems, RecordId id, string path, string what, CancellationToken cancellationToken)
        where T : AccountabilityRecord
    {
        AccountabilityRecord? record = await _store.ReadAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            problems.Error(path, FeedbackProblemCodes.RecordNotFound, $"No {what} '{id}' is on record.", id.Value);
            return (null, []);
        }

        if (record is not T typed)
        {
            problems.Error(path, FeedbackProblemCodes.WrongRecordKind, $"The record '{id}' is {record.Kind}, not {what}.", record.Kind);
            return (null, []);
        }

        return (typed, await _store.ReadStreamAsync(record.Stream, cancellationToken).ConfigureAwait(false));
    }

    private async ValueTask<AccountabilityRecord> StartAsync(AccountabilityRecord record, CancellationToken cancellationToken)
    {
        IReadOnlyList<AccountabilityRecord> stored = await _store.AppendAsync(new StreamId(record.Id.Value), 0, [record], cancellationToken).ConfigureAwait(false);
        return stored[0];
    }

    private async ValueTask<AccountabilityRecord> ContinueAsync(IReadOnlyList<AccountabilityRecord> thread, AccountabilityRecord record, CancellationToken cancellationToken)
    {
        AccountabilityRecord last = thread[^1];
        IReadOnlyList<AccountabilityRecord> stored = await _store.AppendAsync(last.Stream, last.Version, [record], cancellationToken).ConfigureAwait(false);
        return stored[0];
    }

    private void CheckAuthor(ProblemCollector problems, PartyId author)
    {
        if (!IsKnown(author, "author"))
        {
            problems.Error("author", FeedbackProblemCodes.UnknownAuthor, $"The author '{author}' is not in the party directory.", author.Value);
        }
    }

    private void CheckSubject(ProblemCollector problems, RecordSubject subject)
    {
        if (subject.Party is PartyId party && !IsKnown(party, "subject"))
        {
            problems.Error("subject", FeedbackProblemCodes.UnknownSubject, $"The subject '{party}' is not in the party directory.", party.Value);
        }
    }

    private bool IsKnown(PartyId party, string path)
    {
        if (_options.Parties is not { } parties)
        {
            return true;
        }

        try
        {
            return parties.Contains(party);
        }
        catch (Exception ex) when (PluginFault.IsPluginFault(ex))
        {
            throw PluginFault.Report("party directory", parties.GetType().Name, path, FeedbackProblemCodes.PluginFault, $"looking up '{party}'", ex);
        }
    }

    private bool IsClosed(ScorecardId scorecard, DateInterval period)
    {
        if (_options.ClosedPeriods is not { } closed)
        {
            return false;
        }

        try
        {
            return closed.IsClosed(scorecard, period);
        }
        catch (Exception ex) when (PluginFault.IsPluginFault(ex))
        {
            throw PluginFault.Report("closed-period list", closed.GetType().Name, "period", FeedbackProblemCodes.PluginFault, $"telling whether {Iso(period.Start)}..{Iso(period.End)} of '{scorecard}' is closed", ex);
        }
    }

    private RecordId NewId()
    {
        if (_options.NewRecordId is not { } make)
        {
            return new RecordId(Guid.NewGuid().ToString("N"));
        }

        RecordId id;
        try
        {
            id = make();
        }
        catch (Exception ex) when (PluginFault.IsPluginFault(ex))
        {
            throw PluginFault.Report("record identifier source", nameof(FeedbackJournalOptions.NewRecordId), "id", FeedbackProblemCodes.PluginFault, "making a record identifier", ex);
        }

        return id.IsDefault
            ? throw PluginFault.Contract("record identifier source", nameof(FeedbackJournalOptions.NewRecordId), "id", FeedbackProblemCodes.PluginFault, "making a record identifier", "it returned a default identifier.")
            : id;
    }
}
