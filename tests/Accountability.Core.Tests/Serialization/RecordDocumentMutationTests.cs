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
            byte[] mutated = Mutate(RecordDocuments[random.Next(RecordDocuments.Length)], random);
            AccountabilityRecord record;
            try
            {
                record = AccountabilityJson.ReadRecord(mutated);
            }
            catch (AccountabilityException ex)
            {
                AssertReported(ex);
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
            byte[] mutated = Mutate(ListDocument, random);
            IReadOnlyList<AccountabilityRecord> records;
            try
            {
                records = AccountabilityJson.ReadRecords(mutated);
            }
            catch (AccountabilityException ex)
            {
                AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(records);
            Assert.Equal(written, AccountabilityJson.Write(AccountabilityJson.ReadRecords(written)));
        }

        return true;
    }

    private static void AssertReported(AccountabilityException ex)
    {
        Assert.NotEmpty(ex.Problems);
        Assert.All(ex.Problems, p =>
        {
            Assert.StartsWith("$", p.Path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(p.Code));
            Assert.False(string.IsNullOrWhiteSpace(p.Message));
        });
    }

    private static byte[] Mutate(byte[] document, Random random)
    {
        string text = Encoding.UTF8.GetString(document);
        string[] lines = text.Split('\n');
        switch (random.Next(8))
        {
            case 0: // truncation
                return document[..random.Next(document.Length)];
            case 1: // a deleted line (a property, a bracket)
                int gone = random.Next(lines.Length);
                return Lines(lines.Where((_, i) => i != gone));
            case 2: // a duplicated line (a duplicated property)
                int d = random.Next(lines.Length);
                return Lines(lines.Take(d + 1).Append(lines[d]).Concat(lines.Skip(d + 1)));
            case 3: // a value of another type or another value
                int l = random.Next(lines.Length);
                int colon = lines[l].IndexOf(':', StringComparison.Ordinal);
                if (colon >= 0)
                {
                    bool comma = lines[l].TrimEnd().EndsWith(',');
                    lines[l] = lines[l][..(colon + 1)] + " " + Replacements[random.Next(Replacements.Length)] + (comma ? "," : string.Empty);
                }

                return Lines(lines);
            case 4: // random bytes inserted
                byte[] inserted = new byte[random.Next(1, 4)];
                random.NextBytes(inserted);
                int at = random.Next(document.Length);
                return [.. document[..at], .. inserted, .. document[at..]];
            case 5: // one byte flipped
                byte[] flipped = (byte[])document.Clone();
                flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                return flipped;
            case 6: // a JSON-significant character inserted
                string chars = "{}[],:\"\\-.0e";
                int p = random.Next(text.Length);
                return Encoding.UTF8.GetBytes(text[..p] + chars[random.Next(chars.Length)] + text[p..]);
            default: // a span deleted
                int start = random.Next(document.Length);
                int length = random.Next(1, Math.Min(40, document.Length - start) + 1);
                return [.. document[..start], .. document[(start + length)..]];
        }
    }

    private static byte[] Lines(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));
}
