using System.Text;

namespace Accountability.Tests.Serialization;

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

    public static byte[] Mutate(byte[] document, Random random, IReadOnlyList<string>? replacements = null)
    {
        replacements ??= Replacements;
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
                    lines[l] = lines[l][..(colon + 1)] + " " + replacements[random.Next(replacements.Count)] + (comma ? "," : string.Empty);
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
