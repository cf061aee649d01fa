using System.Text;
using Accountability.Goals;
using Accountability.Serialization;
using FsCheck.Xunit;

namespace Accountability.Tests.Serialization;

/// <summary>
/// Mutates valid goal-tree and actuals-ledger documents — truncation, deleted and duplicated lines, type swaps,
/// inserted and flipped bytes — 100,000 times per run for each kind (1,000 cases × 100 mutations): nothing but the
/// library's own error type may escape, and whatever is accepted is a valid model whose document reads back the same.
/// </summary>
public class GoalDocumentMutationTests
{
    private const int MutationsPerCase = 100;

    // A small tree with a bit of everything: a unit on the root, inherited below, explicit names and work items,
    // monthly children, a departure (so both acknowledgments, one an objection, are of earlier targets).
    private static readonly byte[] TreeDocument = Encoding.UTF8.GetBytes(AccountabilityJson.Write(SmallTree()));
    private static readonly byte[] LedgerDocument = Encoding.UTF8.GetBytes(AccountabilityJson.Write(
        GoalDocumentExamples.KangtaiSales().Record("csat", new NodaTime.LocalDate(2026, 6, 30), 4.5m, 20m)));

    private static readonly string[] Replacements = ["\"x\"", "true", "null", "[]", "{}", "0", "-1", "1e400", "79228162514264337593543950336", "0.0000000000000000000000000001", "\"\"", "\"\\ud800\"", "{\"a\":1}", "\"2026-02-30\"", "\"9999-12-31\"", "\"2026-01-01T00:00:00Z\""];

    private static GoalTree SmallTree()
    {
        var year = new NodaTime.DateInterval(new NodaTime.LocalDate(2026, 1, 1), new NodaTime.LocalDate(2026, 12, 31));
        GoalTree tree = new GoalTreeBuilder()
            .Add("team", "lead", Target.Money(1_000.00m, Currency.EUR), year, name: "Team", workItem: new WorkItemId("sales"))
            .AddSplit("team", [new PlannedGoal("ann", "ann", SplitPart.Weighted(2m)), new PlannedGoal("bob", "bob", SplitPart.Equal.WithMinimum(100m))])
            .AddMonthlySplit("bob", Quarterly())
            .Build()
            .Acknowledge("ann", "ann", NodaTime.Instant.FromUtc(2025, 12, 20, 8, 0))
            .Acknowledge("bob", "bob", NodaTime.Instant.FromUtc(2025, 12, 21, 8, 0), "Too high for a new rep.", objection: true);
        return tree.Redistribute(Departure.SpreadOverOthers("ann", new NodaTime.LocalDate(2026, 6, 30)), ActualsLedger.Empty);
    }

    private static SeasonalityProfile Quarterly() => SeasonalityProfile.Create([10m, 5m, 5m, 10m, 5m, 5m, 10m, 5m, 5m, 20m, 10m, 10m]);

    [Property(MaxTest = 1000)]
    public bool GoalTreeMutations_AreRefusedOrRoundTrip(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < MutationsPerCase; i++)
        {
            byte[] mutated = Mutate(TreeDocument, random);
            GoalTree tree;
            try
            {
                tree = AccountabilityJson.ReadGoalTree(mutated);
            }
            catch (AccountabilityException ex)
            {
                AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(tree);
            Assert.Equal(written, AccountabilityJson.Write(AccountabilityJson.ReadGoalTree(written)));
        }

        return true;
    }

    [Property(MaxTest = 1000)]
    public bool LedgerMutations_AreRefusedOrRoundTrip(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < MutationsPerCase; i++)
        {
            byte[] mutated = Mutate(LedgerDocument, random);
            ActualsLedger ledger;
            try
            {
                ledger = AccountabilityJson.ReadLedger(mutated);
            }
            catch (AccountabilityException ex)
            {
                AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(ledger);
            Assert.Equal(written, AccountabilityJson.Write(AccountabilityJson.ReadLedger(written)));
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
                int deleted = random.Next(lines.Length);
                return Lines(lines.Where((_, i) => i != deleted));
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
