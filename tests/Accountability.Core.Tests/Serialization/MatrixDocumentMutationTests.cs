using System.Text;
using Accountability.Responsibility;
using Accountability.Serialization;
using Accountability.Tests.Responsibility;
using FsCheck.Xunit;
using NodaTime;

namespace Accountability.Tests.Serialization;

/// <summary>
/// Mutates valid responsibility matrix documents 100,000 times per run (1,000 cases × 100 mutations): nothing but the
/// library's own error type escapes, and whatever is accepted is a matrix whose document reads back the same.
/// </summary>
public class MatrixDocumentMutationTests
{
    private const int MutationsPerCase = 100;

    private static readonly byte[][] Documents =
    [
        Encoding.UTF8.GetBytes(AccountabilityJson.Write(Fixture.Basic().AddTenure("ben", "reps", new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30)).AddWorkItem("sub", "Sub-task", "task").Assign("sub", "ben", "R", "A").EffectiveFrom(new LocalDate(2026, 1, 1)).Build())),
        Encoding.UTF8.GetBytes(AccountabilityJson.Write(ResponsibilityPropertyTests.RandomContent.From(7).Build(3, new LocalDate(2026, 2, 1)))),
    ];

    [Property(MaxTest = 1000)]
    public bool MatrixMutations_AreRefusedOrRoundTrip(int seed)
    {
        var random = new Random(seed);
        byte[] document = Documents[random.Next(Documents.Length)];
        for (int i = 0; i < MutationsPerCase; i++)
        {
            byte[] mutated = DocumentMutator.Mutate(document, random);
            ResponsibilityMatrix matrix;
            try
            {
                matrix = AccountabilityJson.ReadMatrix(mutated);
            }
            catch (AccountabilityException ex)
            {
                DocumentMutator.AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(matrix);
            ResponsibilityMatrix again = AccountabilityJson.ReadMatrix(written);
            Assert.Equal(written, AccountabilityJson.Write(again));
            Assert.True(again.HasSameContentAs(matrix));
        }

        return true;
    }
}

/// <summary>The mutations the document mutation tests apply: truncation, deleted and duplicated lines, type swaps, inserted and flipped bytes.</summary>
internal static class DocumentMutator
{
    private static readonly string[] Replacements = ["\"x\"", "true", "null", "[]", "{}", "0", "-1", "1e400", "2147483648", "79228162514264337593543950336", "0.0000000000000000000000000001", "\"\"", "\" \"", "\"\\ud800\"", "{\"a\":1}", "\"2026-02-30\"", "\"9999-12-31\""];

    public static void AssertReported(AccountabilityException ex)
    {
        Assert.NotEmpty(ex.Problems);
        Assert.All(ex.Problems, p =>
        {
            Assert.StartsWith("$", p.Path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(p.Code));
            Assert.False(string.IsNullOrWhiteSpace(p.Message));
        });
    }

    public static byte[] Mutate(byte[] document, Random random)
    {
        string text = Encoding.UTF8.GetString(document);
        string[] lines = text.Split('\n');
        switch (random.Next(8))
        {
            case 0: // truncation
                return document[..random.Next(document.Length)];
            case 1: // a deleted line (a property, a bracket)
                int deleted = random.Next(lines.Length);
                return Lines(lines.Where((_, i) => i != deleted));
            case 2: // a duplicated line (a duplicated property or entry)
                int d = random.Next(lines.Length);
                return Lines(lines.Take(d + 1).Append(lines[d]).Concat(lines.Skip(d + 1)));
            case 3: // a value of another type, or another value
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
