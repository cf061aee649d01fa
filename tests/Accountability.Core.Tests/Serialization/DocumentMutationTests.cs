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
            byte[] mutated = DocumentMutator.Mutate(ScorecardDocument, random, Replacements);
            Scorecard card;
            try
            {
                card = AccountabilityJson.ReadScorecard(mutated, DocumentExamples.Rules);
            }
            catch (AccountabilityException ex)
            {
                DocumentMutator.AssertReported(ex);
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
            byte[] mutated = DocumentMutator.Mutate(ActualsDocument, random, Replacements);
            ActualsSet set;
            try
            {
                set = AccountabilityJson.ReadActuals(mutated);
            }
            catch (AccountabilityException ex)
            {
                DocumentMutator.AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(set.Scorecard, set.Subjects);
            ActualsSet again = AccountabilityJson.ReadActuals(written);
            Assert.Equal(written, AccountabilityJson.Write(again.Scorecard, again.Subjects));
        }

        return true;
    }
}
