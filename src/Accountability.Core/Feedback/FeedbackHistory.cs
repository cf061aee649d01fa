using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// Views over a set of records: the full history, the current view of feedback (corrections applied, retracted
/// feedback hidden), appeals and who has them open, and suggestions with what the adopted ones changed.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Made in one pass over the records (<see cref="From"/>), so every view is linear. A
/// correction, acknowledgment, decision or step whose original is not among the records is kept in
/// <see cref="Records"/> and left out of the views.
/// </remarks>
public sealed class FeedbackHistory
{
    private FeedbackHistory(IReadOnlyList<AccountabilityRecord> records, IReadOnlyList<FeedbackEntry> entries, IReadOnlyList<Acknowledgment> resultAcknowledgments, IReadOnlyList<AppealCase> appeals, IReadOnlyList<SuggestionCase> suggestions)
    {
        Records = records;
        Entries = entries;
        ResultAcknowledgments = resultAcknowledgments;
        Appeals = appeals;
        Suggestions = suggestions;
    }

    /// <summary>The full history: every record, in the order given.</summary>
    public IReadOnlyList<AccountabilityRecord> Records { get; }

    /// <summary>Every piece of feedback (upward suggestions included), retracted ones too, with its corrections applied.</summary>
    public IReadOnlyList<FeedbackEntry> Entries { get; }

    /// <summary>The current view: feedback that is not retracted, with its corrections applied.</summary>
    public IReadOnlyList<FeedbackEntry> Current => [.. Entries.Where(e => !e.IsRetracted)];

    /// <summary>The acknowledgments of scored results, in order.</summary>
    public IReadOnlyList<Acknowledgment> ResultAcknowledgments { get; }

    /// <summary>Every appeal, open or decided, in the order filed.</summary>
    public IReadOnlyList<AppealCase> Appeals { get; }

    /// <summary>The appeals still open.</summary>
    public IReadOnlyList<AppealCase> OpenAppeals => [.. Appeals.Where(a => a.IsOpen)];

    /// <summary>Who has open appeals: the subjects who filed them, in identifier order.</summary>
    public IReadOnlyList<PartyId> WhoHasOpenAppeals => [.. Appeals.Where(a => a.IsOpen).Select(a => a.Appeal.Author).Distinct().Order()];

    /// <summary>Every upward suggestion filed through <see cref="FeedbackJournal.SuggestAsync"/>, in order.</summary>
    public IReadOnlyList<SuggestionCase> Suggestions { get; }

    /// <summary>"Feedback that changes the strategy": the adopted suggestions, each with what it changed.</summary>
    public IReadOnlyList<SuggestionCase> AdoptedSuggestions => [.. Suggestions.Where(s => s.Status == SuggestionStatus.Adopted)];

    /// <summary>The appeals open after their deadline on <paramref name="date"/>.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>The overdue appeals, in the order filed.</returns>
    public IReadOnlyList<AppealCase> AppealsPastDeadline(LocalDate date) => [.. Appeals.Where(a => a.IsPastDeadline(date))];

    /// <summary>Builds the views over <paramref name="records"/>, in one pass.</summary>
    /// <param name="records">Records in the order they were appended (as a store returns them in ascending order).</param>
    /// <returns>The views.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null or contains null.</exception>
    public static FeedbackHistory From(IEnumerable<AccountabilityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        AccountabilityRecord[] all = [.. records];
        var feedback = new List<FeedbackRecord>();
        var corrections = new Dictionary<RecordId, List<FeedbackCorrection>>();
        var acknowledgments = new Dictionary<RecordId, List<Acknowledgment>>();
        var resultAcknowledgments = new List<Acknowledgment>();
        var appeals = new List<Appeal>();
        var decisions = new Dictionary<RecordId, AppealDecision>();
        var steps = new Dictionary<RecordId, List<SuggestionStatusChange>>();
        foreach (AccountabilityRecord record in all)
        {
            switch (record)
            {
                case null:
                    throw new ArgumentNullException(nameof(records), "The records cannot contain null.");
                case FeedbackRecord f:
                    feedback.Add(f);
                    break;
                case FeedbackCorrection c:
                    Add(corrections, c.Amends, c);
                    break;
                case Acknowledgment { Feedback: RecordId of } a:
                    Add(acknowledgments, of, a);
                    break;
                case Acknowledgment a:
                    resultAcknowledgments.Add(a);
                    break;
                case Appeal appeal:
                    appeals.Add(appeal);
                    break;
                case AppealDecision d:
                    decisions.TryAdd(d.Appeal, d);
                    break;
                case SuggestionStatusChange s:
                    Add(steps, s.Suggestion, s);
                    break;
                default:
                    break;
            }
        }

        FeedbackEntry[] entries = [.. feedback.Select(f => new FeedbackEntry(
            f,
            corrections.TryGetValue(f.Id, out List<FeedbackCorrection>? cs) ? cs.ToArray() : [],
            acknowledgments.TryGetValue(f.Id, out List<Acknowledgment>? acks) ? acks.ToArray() : []))];
        AppealCase[] cases = [.. appeals.Select(a => new AppealCase(a, decisions.GetValueOrDefault(a.Id)))];
        SuggestionCase[] suggestions = [.. feedback
            .Where(f => steps.ContainsKey(f.Id))
            .Select(f => new SuggestionCase(f, steps[f.Id].ToArray()))];
        return new FeedbackHistory(all, entries, resultAcknowledgments.ToArray(), cases, suggestions);
    }

    private static void Add<T>(Dictionary<RecordId, List<T>> map, RecordId key, T value)
    {
        if (!map.TryGetValue(key, out List<T>? list))
        {
            list = [];
            map.Add(key, list);
        }

        list.Add(value);
    }
}
