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
            byte[] mutated = DocumentMutator.Mutate(TreeDocument, random, Replacements);
            GoalTree tree;
            try
            {
                tree = AccountabilityJson.ReadGoalTree(mutated);
            }
            catch (AccountabilityException ex)
            {
                DocumentMutator.AssertReported(ex);
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
            byte[] mutated = DocumentMutator.Mutate(LedgerDocument, random, Replacements);
            ActualsLedger ledger;
            try
            {
                ledger = AccountabilityJson.ReadLedger(mutated);
            }
            catch (AccountabilityException ex)
            {
                DocumentMutator.AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(ledger);
            Assert.Equal(written, AccountabilityJson.Write(AccountabilityJson.ReadLedger(written)));
        }

        return true;
    }
}
