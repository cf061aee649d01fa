using System.Text;
using Accountability.Scoring;
using Accountability.Serialization;
using FsCheck.Xunit;

namespace Accountability.Tests.Serialization;

/// <summary>
/// Mutates valid documents — truncation, deleted and duplicated lines, type swaps, inserted and flipped bytes —
/// 100,000 times per run (1,000 cases × 100 mutations, for each document kind): nothing but the library's own
/// error type may escape, and whatever is accepted is a valid model that writes back to a document that reads the same.
/// </summary>
public class DocumentMutationTests
{
    private const int MutationsPerCase = 100;

    private static readonly byte[] ScorecardDocument = Encoding.UTF8.GetBytes(AccountabilityJson.Write(DocumentExamples.EveryRule()));
    private static readonly byte[] ActualsDocument = Encoding.UTF8.GetBytes(AccountabilityJson.Write("sales-rep", [DocumentExamples.Ana(), DocumentExamples.Ben()]));

    private static readonly string[] Replacements = ["\"x\"", "true", "null", "[]", "{}", "0", "-1", "1e400", "79228162514264337593543950336", "0.0000000000000000000000000001", "\"\"", "\"\\ud800\"", "{\"a\":1}"];

    [Property(MaxTest = 1000)]
    public bool ScorecardMutations_AreRefusedOrRoundTrip(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < MutationsPerCase; i++)
        {
            byte[] mutated = Mutate(ScorecardDocument, random);
            Scorecard card;
            try
            {
                card = AccountabilityJson.ReadScorecard(mutated, DocumentExamples.Rules);
            }
            catch (AccountabilityException ex)
            {
                AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(card);
            Assert.Equal(written, AccountabilityJson.Write(AccountabilityJson.ReadScorecard(written, DocumentExamples.Rules)));
        }

        return true;
    }

    [Property(MaxTest = 1000)]
    public bool ActualsMutations_AreRefusedOrRoundTrip(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < MutationsPerCase; i++)
        {
            byte[] mutated = Mutate(ActualsDocument, random);
            ActualsSet set;
            try
            {
                set = AccountabilityJson.ReadActuals(mutated);
            }
            catch (AccountabilityException ex)
            {
                AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(set.Scorecard, set.Subjects);
            ActualsSet again = AccountabilityJson.ReadActuals(written);
            Assert.Equal(written, AccountabilityJson.Write(again.Scorecard, again.Subjects));
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
                return Lines(lines.Where((_, i) => i != random.Next(lines.Length)));
            case 2: // a duplicated line (a duplicated property)
                int d = random.Next(lines.Length);
                return Lines(lines.Take(d + 1).Append(lines[d]).Concat(lines.Skip(d + 1)));
            case 3: // a value of another type
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
