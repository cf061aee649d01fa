using System.Text;
using Accountability.Feedback;
using Accountability.Serialization;
using FsCheck.Xunit;

namespace Accountability.Tests.Serialization;

/// <summary>
/// Mutates valid record documents — truncation, deleted and duplicated lines, type swaps, inserted and flipped bytes —
/// 100,000 times per run for each kind (1,000 cases × 100 mutations for one record, the same for a list): nothing but
/// the library's own error type may escape, and whatever is accepted writes back to a document that reads the same.
/// </summary>
public class RecordDocumentMutationTests
{
    private const int MutationsPerCase = 100;

    private static readonly byte[][] RecordDocuments = [.. RecordExamples.EveryKind().Select(r => Encoding.UTF8.GetBytes(AccountabilityJson.Write(r)))];
    private static readonly byte[] ListDocument = Encoding.UTF8.GetBytes(AccountabilityJson.Write(RecordExamples.EveryKind()));

    private static readonly string[] Replacements = ["\"x\"", "true", "false", "null", "[]", "{}", "0", "-1", "1e400", "9223372036854775808", "79228162514264337593543950336", "0.0000000000000000000000000001", "\"\"", "\" \"", "\"\\ud800\"", "{\"a\":1}", "\"2026-02-30\"", "\"2026-04-01T09:30:00+01:00\"", "\"Closed\"", "\"appeal\"", "\"plan-action\"", "{\"party\":\"x\"}"];

    [Property(MaxTest = 1000)]
    public bool RecordMutations_AreRefusedOrRoundTrip(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < MutationsPerCase; i++)
        {
            byte[] mutated = DocumentMutator.Mutate(RecordDocuments[random.Next(RecordDocuments.Length)], random, Replacements);
            AccountabilityRecord record;
            try
            {
                record = AccountabilityJson.ReadRecord(mutated);
            }
            catch (AccountabilityException ex)
            {
                DocumentMutator.AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(record);
            AccountabilityRecord again = AccountabilityJson.ReadRecord(written);
            RecordExamples.AssertSame(record, again);
            Assert.Equal(written, AccountabilityJson.Write(again));
        }

        return true;
    }

    [Property(MaxTest = 1000)]
    public bool RecordListMutations_AreRefusedOrRoundTrip(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < MutationsPerCase; i++)
        {
            byte[] mutated = DocumentMutator.Mutate(ListDocument, random, Replacements);
            IReadOnlyList<AccountabilityRecord> records;
            try
            {
                records = AccountabilityJson.ReadRecords(mutated);
            }
            catch (AccountabilityException ex)
            {
                DocumentMutator.AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(records);
            Assert.Equal(written, AccountabilityJson.Write(AccountabilityJson.ReadRecords(written)));
        }

        return true;
    }
}
