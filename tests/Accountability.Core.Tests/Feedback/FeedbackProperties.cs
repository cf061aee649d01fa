using Accountability.Feedback;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Feedback;

/// <summary>N records appended in batches, then paged with a page size, an order and perhaps a subject filter.</summary>
public sealed record PagingCase(int[] Batches, int PageSize, bool Descending, int Subject, int Author, int Kind, int FromMinute, int UntilMinute)
{
    public override string ToString() =>
        $"batches [{string.Join(",", Batches)}], page {PageSize}, {(Descending ? "desc" : "asc")}, subject {Subject}, author {Author}, kind {Kind}, minutes [{FromMinute}, {UntilMinute})";
}

/// <summary>A sequence of amendments of one piece of feedback: 0 correct, 1 acknowledge, 2 retract, 3 correct by someone else.</summary>
public sealed record AmendmentCase(int[] Steps)
{
    public override string ToString() => string.Join(",", Steps);
}

/// <summary>An appeal against a rep's sales result, upheld with a corrected actual or target.</summary>
public sealed record UpholdCase(decimal Actual, decimal Target, decimal Corrected, bool CorrectsTarget)
{
    public override string ToString() => $"actual {Actual}, target {Target}, corrected {(CorrectsTarget ? "target" : "actual")} to {Corrected}";
}

public static class FeedbackArbitraries
{
    private static Gen<decimal> Tenths(int low, int high) => Gen.Choose(low, high).Select(v => v / 10m);

    public static Arbitrary<PagingCase> Paging() =>
        (from count in Gen.Choose(0, 30)
         from batches in Gen.ArrayOf(Gen.Choose(1, 6), count)
         from pageSize in Gen.Frequency((3, Gen.Choose(1, 10)), (1, Gen.Choose(11, 200)))
         from desc in Gen.Elements(false, true)
         from subject in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 6)))
         from author in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 2)))
         from kind in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 2)))
         from fromMinute in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 100)))
         from untilMinute in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 200)))
         select new PagingCase(batches, pageSize, desc, subject, author, kind, fromMinute, untilMinute)).ToArbitrary();

    public static Arbitrary<AmendmentCase> Amendments() =>
        (from count in Gen.Choose(0, 12)
         from steps in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3))), count)
         select new AmendmentCase(steps)).ToArbitrary();

    public static Arbitrary<UpholdCase> Upholds() =>
        (from actual in Tenths(0, 3000)
         from target in Tenths(1, 2000)
         from correctsTarget in Gen.Elements(false, true)
         from corrected in Gen.Frequency((1, Gen.Constant(correctsTarget ? target : actual)), (9, correctsTarget ? Tenths(1, 2000) : Tenths(0, 3000)))
         select new UpholdCase(actual, target, corrected, correctsTarget)).ToArbitrary();
}

[Properties(Arbitrary = new[] { typeof(FeedbackArbitraries) }, MaxTest = 150)]
public class FeedbackProperties
{
    /// <summary>
    /// N appends, then paging with any page size (either order, with any mix of subject, author, kind and time filters)
    /// returns each matching record exactly once, in order, in full pages but the last.
    /// </summary>
    [Property]
    public Property Paging_ReturnsEachRecordExactlyOnce_InOrder(PagingCase c)
    {
        var store = new InMemoryAccountabilityStore();
        var appended = new List<AccountabilityRecord>();
        int next = 0;
        for (int b = 0; b < c.Batches.Length; b++)
        {
            AccountabilityRecord[] batch = [.. Enumerable.Range(next, c.Batches[b]).Select(TestRecords.Numbered)];
            next += batch.Length;
            appended.AddRange(store.AppendAsync(new StreamId("s" + (b % 3)), store.ReadStreamAsync(new StreamId("s" + (b % 3))).AsTask().Result.Count, batch).AsTask().Result);
        }

        RecordSubject? subject = c.Subject < 0 ? null : RecordSubject.Of(new PartyId("rep-" + c.Subject));
        string[] kinds = [RecordKinds.Recognition, RecordKinds.Coaching, RecordKinds.Improvement];
        var query = new RecordQuery
        {
            PageSize = c.PageSize,
            Order = c.Descending ? RecordOrder.Descending : RecordOrder.Ascending,
            Subject = subject,
            Author = c.Author < 0 ? (PartyId?)null : new PartyId("author-" + c.Author),
            Kinds = c.Kind < 0 ? null : new[] { kinds[c.Kind] },
            From = c.FromMinute < 0 ? null : TestRecords.Start + NodaTime.Duration.FromMinutes(c.FromMinute),
            Until = c.UntilMinute < 0 ? null : TestRecords.Start + NodaTime.Duration.FromMinutes(c.UntilMinute),
        };
        var paged = new List<AccountabilityRecord>();
        int pages = 0;
        RecordPage page = store.QueryAsync(query).AsTask().Result;
        bool sizesOk = true;
        while (true)
        {
            pages++;
            paged.AddRange(page.Records);
            sizesOk &= page.Records.Count <= c.PageSize && (page.ContinuationToken is null || page.Records.Count == c.PageSize);
            if (page.ContinuationToken is not { } token)
            {
                break;
            }

            page = store.QueryAsync(query.After(token)).AsTask().Result;
        }

        IEnumerable<AccountabilityRecord> expected = appended.Where(r =>
            (subject is null || r.Subject == subject)
            && (c.Author < 0 || r.Author == new PartyId("author-" + c.Author))
            && (c.Kind < 0 || r.Kind == kinds[c.Kind])
            && (c.FromMinute < 0 || r.RecordedAt >= TestRecords.Start + NodaTime.Duration.FromMinutes(c.FromMinute))
            && (c.UntilMinute < 0 || r.RecordedAt < TestRecords.Start + NodaTime.Duration.FromMinutes(c.UntilMinute)));
        if (c.Descending)
        {
            expected = expected.Reverse();
        }

        string[] want = [.. expected.Select(r => r.Id.Value)];
        return (want.SequenceEqual(paged.Select(r => r.Id.Value)) && sizesOk && pages == Math.Max(1, (want.Length + c.PageSize - 1) / c.PageSize))
            .Label($"expected {want.Length} records in {Math.Max(1, (want.Length + c.PageSize - 1) / c.PageSize)} pages, got {paged.Count} in {pages}");
    }

    /// <summary>
    /// Whatever corrections, acknowledgments and retractions are attempted, the original record stays first and unchanged,
    /// every stored record stays in the history, and a refused step stores nothing.
    /// </summary>
    [Property]
    public Property Corrections_NeverRemoveTheOriginal(AmendmentCase c)
    {
        var f = new FeedbackFixture();
        FeedbackRecord original = f.Journal.GiveAsync("wu", new PartyId("bo"), FeedbackKind.Coaching, "Original text.").AsTask().Result;
        var stored = new List<RecordId> { original.Id };
        bool refusalsChangedNothing = true;
        for (int i = 0; i < c.Steps.Length; i++)
        {
            int before = f.Store.Count;
            try
            {
                AccountabilityRecord made = c.Steps[i] switch
                {
                    0 => f.Journal.CorrectAsync(original.Id, "wu", "Correction " + i, "Reason " + i).AsTask().Result,
                    1 => f.Journal.AcknowledgeAsync(original.Id, "bo").AsTask().Result,
                    2 => f.Journal.RetractAsync(original.Id, "wu", "Retracted.").AsTask().Result,
                    _ => f.Journal.CorrectAsync(original.Id, "eve", "Hijack " + i, "Reason").AsTask().Result,
                };
                stored.Add(made.Id);
            }
            catch (AggregateException ex) when (ex.InnerException is AccountabilityException)
            {
                refusalsChangedNothing &= f.Store.Count == before;
            }
        }

        FeedbackHistory history = f.Journal.HistoryOfAsync(new PartyId("bo")).AsTask().Result;
        FeedbackEntry entry = history.Entries.Single();
        bool retracted = c.Steps.Contains(2);
        int retraction = Array.IndexOf(c.Steps, 2);
        int lastCorrection = Array.FindLastIndex(c.Steps, retraction < 0 ? c.Steps.Length - 1 : retraction, s => s == 0);
        string expectedText = lastCorrection >= 0 ? "Correction " + lastCorrection : "Original text.";
        return (refusalsChangedNothing
                && history.Records.Select(r => r.Id).SequenceEqual(stored)
                && ReferenceEquals(history.Records[0], entry.Record) && entry.Record.Text == "Original text."
                && entry.IsRetracted == retracted
                && history.Current.Count == (retracted ? 0 : 1)
                && entry.Text == expectedText)
            .Label($"stored {stored.Count}, history {history.Records.Count}, text '{entry.Text}', expected '{expectedText}'");
    }

    /// <summary>An upheld appeal's new result equals scoring the corrected inputs directly; the old result is unchanged.</summary>
    [Property]
    public Property UpheldAppeal_EqualsScoringTheCorrectedInputs(UpholdCase c)
    {
        var f = new FeedbackFixture();
        Actuals actuals = FeedbackFixture.ActualsOf("ana", c.Actual, c.Target);
        ScorecardResult before = FeedbackFixture.Card.Score(actuals);
        Appeal appeal = f.AppealSales("ana", actuals).Result;
        AppealCorrection correction = c.CorrectsTarget ? AppealCorrection.Reference("target", c.Corrected) : AppealCorrection.Actual(c.Corrected);
        bool changesNothing = c.Corrected == (c.CorrectsTarget ? c.Target : c.Actual);
        try
        {
            AppealRescoring upheld = f.Journal.UpholdAppealAsync(appeal.Id, "wu", "Corrected.", FeedbackFixture.Card, actuals, correction).AsTask().Result;
            ScorecardResult direct = FeedbackFixture.Card.Score(c.CorrectsTarget
                ? FeedbackFixture.ActualsOf("ana", c.Actual, c.Corrected)
                : FeedbackFixture.ActualsOf("ana", c.Corrected, c.Target));
            return (!changesNothing
                    && upheld.Corrected.Score == direct.Score
                    && upheld.Corrected.WeightedScore == direct.WeightedScore
                    && upheld.Corrected.Criteria.Select(r => r.Score).SequenceEqual(direct.Criteria.Select(r => r.Score))
                    && upheld.Previous.Score == before.Score
                    && upheld.Decision.NewScore == direct.Score
                    && upheld.Decision.PreviousScore == before.Score
                    && f.Store.Count == 2)
                .Label($"new {upheld.Corrected.Score} vs direct {direct.Score}");
        }
        catch (AggregateException ex) when (ex.InnerException is AccountabilityException refused)
        {
            return (changesNothing && refused.Problems.Single().Code == FeedbackProblemCodes.CorrectionInvalid && f.Store.Count == 1)
                .Label(refused.Message);
        }
    }
}
