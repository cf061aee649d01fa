using System.Text;
using Accountability.Reviews;
using Accountability.Serialization;
using FsCheck.Xunit;

namespace Accountability.Tests.Serialization;

/// <summary>
/// Mutates valid review cycle documents 100,000 times per run (1,000 cases × 100 mutations, the same mutations as
/// <see cref="PlanDocumentMutationTests"/>): nothing but the library's own error type may escape, and whatever is
/// accepted reads back equally from the document it writes.
/// </summary>
public class CycleDocumentMutationTests
{
    private const int MutationsPerCase = 100;

    private static readonly byte[][] Documents =
        [.. new[] { CycleDocumentTests.Example() }.Concat(Enumerable.Range(0, 7).Select(seed => CycleDocumentTests.RandomCycle(new Random(seed))))
            .Select(cycle => Encoding.UTF8.GetBytes(AccountabilityJson.Write(cycle)))];

    private static readonly string[] Replacements = ["\"x\"", "true", "null", "[]", "{}", "0", "-1", "1e400", "\"\"", "\" \"", "\"\\ud800\"", "[\"ana\"]", "[\"zoe\"]", "[\"ana\",\"ana\"]", "\"2026-02-30\"", "\"2026-04-20\"", "\"2026-04-01T08:59:59Z\"", "\"2026-04-01T09:30:00+01:00\"", "\"GoalSetting\"", "\"Calibration\"", "\"Acknowledgment\"", "\"Closed\"", "{\"unacknowledged\":[],\"withOpenAppeals\":[]}"];

    [Property(MaxTest = 1000)]
    public bool CycleMutations_AreRefusedOrRoundTrip(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < MutationsPerCase; i++)
        {
            byte[] mutated = DocumentMutator.Mutate(Documents[random.Next(Documents.Length)], random, Replacements);
            ReviewCycle cycle;
            try
            {
                cycle = AccountabilityJson.ReadCycle(mutated);
            }
            catch (AccountabilityException ex)
            {
                DocumentMutator.AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(cycle);
            ReviewCycle again = AccountabilityJson.ReadCycle(written);
            CycleDocumentTests.AssertSame(cycle, again);
            Assert.Equal(written, AccountabilityJson.Write(again));
        }

        return true;
    }
}
