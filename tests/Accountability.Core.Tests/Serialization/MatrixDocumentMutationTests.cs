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
