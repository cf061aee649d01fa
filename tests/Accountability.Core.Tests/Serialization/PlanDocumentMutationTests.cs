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
            byte[] mutated = DocumentMutator.Mutate(Documents[random.Next(Documents.Length)], random, Replacements);
            ImprovementPlan plan;
            try
            {
                plan = AccountabilityJson.ReadPlan(mutated);
            }
            catch (AccountabilityException ex)
            {
                DocumentMutator.AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(plan);
            ImprovementPlan again = AccountabilityJson.ReadPlan(written);
            PlanDocumentTests.AssertSame(plan, again);
            Assert.Equal(written, AccountabilityJson.Write(again));
        }

        return true;
    }
}
