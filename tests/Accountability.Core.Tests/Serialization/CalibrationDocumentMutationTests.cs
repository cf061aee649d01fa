using System.Text;
using Accountability.Serialization;
using FsCheck.Xunit;

namespace Accountability.Tests.Serialization;

/// <summary>
/// Mutates valid calibration documents 100,000 times per run (1,000 cases × 100 mutations): nothing but the library's
/// own error type escapes, and whatever is accepted is an outcome whose document reads back the same.
/// </summary>
public class CalibrationDocumentMutationTests
{
    private const int MutationsPerCase = 100;

    private static readonly byte[][] Documents = [.. new[] { 8, 11 }.Select(seed => Encoding.UTF8.GetBytes(AccountabilityJson.Write(CalibrationDocumentTests.RandomOutcome(seed))))];

    [Property(MaxTest = 1000)]
    public bool CalibrationMutations_AreRefusedOrRoundTrip(int seed)
    {
        var random = new Random(seed);
        byte[] document = Documents[random.Next(Documents.Length)];
        for (int i = 0; i < MutationsPerCase; i++)
        {
            byte[] mutated = DocumentMutator.Mutate(document, random);
            CalibrationOutcome outcome;
            try
            {
                outcome = AccountabilityJson.ReadCalibration(mutated);
            }
            catch (AccountabilityException ex)
            {
                DocumentMutator.AssertReported(ex);
                continue;
            }

            string written = AccountabilityJson.Write(outcome);
            Assert.Equal(written, AccountabilityJson.Write(AccountabilityJson.ReadCalibration(written)));
        }

        return true;
    }
}
