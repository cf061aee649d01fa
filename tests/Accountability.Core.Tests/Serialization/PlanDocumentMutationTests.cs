using System.Text;
using Accountability.Reviews;
using Accountability.Serialization;
using FsCheck.Xunit;

namespace Accountability.Tests.Serialization;

/// <summary>
/// Mutates valid plan documents — truncation, deleted and duplicated lines, type swaps, inserted and flipped bytes —
/// 100,000 times per run (1,000 cases × 100 mutations): nothing but the library's own error type may escape, and whatever
/// is accepted reads back equally from the document it writes.
/// </summary>
public class PlanDocumentMutationTests
{
    private const int MutationsPerCase = 100;

    private static readonly byte[][] Documents =
        [.. new[] { PlanDocumentTests.Example() }.Concat(Enumerable.Range(0, 7).Select(seed => PlanDocumentTests.RandomPlan(new Random(seed))))
            .Select(plan => Encoding.UTF8.GetBytes(AccountabilityJson.Write(plan)))];

    private static readonly string[] Replacements = ["\"x\"", "true", "null", "[]", "{}", "0", "-1", "2", "1e400", "2147483648", "79228162514264337593543950336", "0.0000000000000000000000000001", "\"\"", "\" \"", "\"\\ud800\"", "\"2026-02-30\"", "\"2026-03-31\"", "\"2026-04-01T08:59:59Z\"", "\"2026-04-01T09:30:00+01:00\"", "\"Open\"", "\"InProgress\"", "\"Done\"", "\"Dropped\"", "\"Training\"", "{\"goal\":\"g\"}", "{\"criterion\":\"sales\"}"];

    [Property(MaxTest = 1000)]
    public bool PlanMutations_AreRefusedOrRoundTrip(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < MutationsPerCase; i++)
        {
            byte[] mutated = Mutate(Documents[random.Next(Documents.Length)], random, Replacements);
            ImprovementPlan plan;
            try
            {
                plan = AccountabilityJson.ReadPlan(mutated);
            }
            catch (AccountabilityException ex)
            {
                AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(plan);
            ImprovementPlan again = AccountabilityJson.ReadPlan(written);
            PlanDocumentTests.AssertSame(plan, again);
            Assert.Equal(written, AccountabilityJson.Write(again));
        }

        return true;
    }

    internal static void AssertReported(AccountabilityException ex)
    {
        Assert.NotEmpty(ex.Problems);
        Assert.All(ex.Problems, p =>
        {
            Assert.StartsWith("$", p.Path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(p.Code));
            Assert.False(string.IsNullOrWhiteSpace(p.Message));
        });
    }

    internal static byte[] Mutate(byte[] document, Random random, string[] replacements)
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
            case 2: // a duplicated line (a duplicated property or array item)
                int d = random.Next(lines.Length);
                return Lines(lines.Take(d + 1).Append(lines[d]).Concat(lines.Skip(d + 1)));
            case 3: // a value of another type or another value
                int l = random.Next(lines.Length);
                int colon = lines[l].IndexOf(':', StringComparison.Ordinal);
                if (colon >= 0)
                {
                    bool comma = lines[l].TrimEnd().EndsWith(',');
                    lines[l] = lines[l][..(colon + 1)] + " " + replacements[random.Next(replacements.Length)] + (comma ? "," : string.Empty);
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
