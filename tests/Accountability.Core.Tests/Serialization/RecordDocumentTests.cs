using System.Text;
using Accountability.Feedback;
using Accountability.Reviews;
using Accountability.Serialization;
using FsCheck.Xunit;

namespace Accountability.Tests.Serialization;

public class RecordDocumentTests
{
    [Fact]
    public void EveryRecordKind_RoundTripsExactly_AsTextAndAsCompactBytes()
    {
        IReadOnlyList<AccountabilityRecord> records = RecordExamples.EveryKind();
        Assert.Equal(
            [RecordKinds.Recognition, "peer-praise", RecordKinds.UpwardSuggestion, RecordKinds.Coaching, RecordKinds.Improvement, RecordKinds.Correction, RecordKinds.Acknowledgment, RecordKinds.Appeal, RecordKinds.AppealDecision, RecordKinds.SuggestionStatus, RecordKinds.PlanAction, RecordKinds.CycleTransition],
            records.Select(r => r.Kind).Distinct());
        foreach (AccountabilityRecord record in records)
        {
            string json = AccountabilityJson.Write(record);
            AccountabilityRecord read = AccountabilityJson.ReadRecord(json);
            RecordExamples.AssertSame(record, read);
            Assert.Equal(json, AccountabilityJson.Write(read));

            byte[] compact = AccountabilityJson.WriteUtf8(record);
            Assert.DoesNotContain((byte)'\n', compact);
            AccountabilityRecord fromBytes = AccountabilityJson.ReadRecord(compact);
            RecordExamples.AssertSame(record, fromBytes);
            Assert.Equal(compact, AccountabilityJson.WriteUtf8(fromBytes));
        }
    }

    [Fact]
    public void AListOfRecords_RoundTripsInOrder()
    {
        IReadOnlyList<AccountabilityRecord> records = RecordExamples.EveryKind();
        string json = AccountabilityJson.Write(records);

        IReadOnlyList<AccountabilityRecord> read = AccountabilityJson.ReadRecords(json);

        Assert.Equal(records.Count, read.Count);
        for (int i = 0; i < records.Count; i++)
        {
            RecordExamples.AssertSame(records[i], read[i]);
        }

        Assert.Equal(json, AccountabilityJson.Write(read));
        Assert.Equal(AccountabilityJson.RecordsKind, AccountabilityJson.KindOf(Encoding.UTF8.GetBytes(json)));
        Assert.Empty(AccountabilityJson.ReadRecords(AccountabilityJson.Write(Array.Empty<AccountabilityRecord>())));
    }

    [Fact]
    public void AStoredRecord_KeepsItsStreamAndVersion_AnUnplacedOneHasNeither()
    {
        AccountabilityRecord appeal = RecordExamples.EveryKind().OfType<Appeal>().First();
        Assert.True(appeal.IsStored);
        string stored = AccountabilityJson.Write(appeal);
        Assert.Contains("\"stream\": \"appeal/p1\"", stored, StringComparison.Ordinal);
        Assert.Contains("\"version\": 1", stored, StringComparison.Ordinal);
        AccountabilityRecord read = AccountabilityJson.ReadRecord(stored);
        Assert.Equal(new StreamId("appeal/p1"), read.Stream);
        Assert.Equal(1, read.Version);

        AccountabilityRecord unplaced = RecordExamples.EveryKind().OfType<Acknowledgment>().First();
        string json = AccountabilityJson.Write(unplaced);
        Assert.DoesNotContain("\"stream\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"version\"", json, StringComparison.Ordinal);
        Assert.False(AccountabilityJson.ReadRecord(json).IsStored);
    }

    [Fact]
    public void Documents_NameTheirValuesPlainly_InstantsDatesDecimalsAndEnums()
    {
        AccountabilityRecord decision = RecordExamples.EveryKind().OfType<AppealDecision>().First();
        string json = AccountabilityJson.Write(decision);

        Assert.Contains("\"kind\": \"record\"", json, StringComparison.Ordinal);
        Assert.Contains("\"recordKind\": \"appeal-decision\"", json, StringComparison.Ordinal);
        Assert.Contains("\"recordedAt\": \"2026-04-01T09:30:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"Upheld\"", json, StringComparison.Ordinal);
        Assert.Contains("\"previousCriterionScore\": 75.0", json, StringComparison.Ordinal);
        Assert.Contains("\"newCriterionScore\": 90.00", json, StringComparison.Ordinal);
        Assert.Contains("\"subject\": {\n    \"party\": \"ana\"\n  }", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        string appeal = AccountabilityJson.Write(RecordExamples.EveryKind().OfType<Appeal>().First());
        Assert.Contains("\"start\": \"2026-01-01\"", appeal, StringComparison.Ordinal);
        Assert.Contains("\"deadline\": \"2026-04-15\"", appeal, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public bool RandomRecords_RoundTripExactly(int seed)
    {
        var random = new Random(seed);
        AccountabilityRecord record = RecordExamples.Random(random);
        string json = AccountabilityJson.Write(record);
        AccountabilityRecord read = AccountabilityJson.ReadRecord(json);
        RecordExamples.AssertSame(record, read);
        Assert.Equal(json, AccountabilityJson.Write(read));
        RecordExamples.AssertSame(record, AccountabilityJson.ReadRecord(AccountabilityJson.WriteUtf8(record)));
        return true;
    }

    [Property(MaxTest = 50)]
    public bool RandomRecordLists_RoundTripExactly(int seed)
    {
        var random = new Random(seed);
        AccountabilityRecord[] records = [.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => RecordExamples.Random(random))];
        string json = AccountabilityJson.Write(records);
        IReadOnlyList<AccountabilityRecord> read = AccountabilityJson.ReadRecords(json);
        Assert.Equal(records.Length, read.Count);
        for (int i = 0; i < records.Length; i++)
        {
            RecordExamples.AssertSame(records[i], read[i]);
        }

        Assert.Equal(json, AccountabilityJson.Write(read));
        return true;
    }

    [Fact]
    public void PlanAndCycleRecords_ReadBackAsTheReviewJournalComparesThem()
    {
        foreach (AccountabilityRecord record in RecordExamples.EveryKind().Where(r => r is PlanActionRecord or CycleTransitionRecord))
        {
            AccountabilityRecord read = AccountabilityJson.ReadRecord(AccountabilityJson.Write(record));
            Assert.Equal(record.Author, read.Author);
            Assert.Equal(record.RecordedAt, read.RecordedAt);
            Assert.Equal(record.Subject, read.Subject);
        }

        CycleTransitionRecord closing = RecordExamples.EveryKind().OfType<CycleTransitionRecord>().Last();
        Assert.True(closing.IsOverride);
        var again = (CycleTransitionRecord)AccountabilityJson.ReadRecord(AccountabilityJson.Write(closing));
        Assert.True(again.IsOverride);
        Assert.Equal("1 unacknowledged (ben)", again.Outstanding);
    }
}
