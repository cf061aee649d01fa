using System.Text.Json;
using Accountability.Goals;

namespace Accountability.Tests.Goals;

/// <summary>
/// Checks every method against the published vectors in the project's own test data (<c>Goals/Data</c>, each file naming its sources). Only vectors whose remainder
/// rule is the method's own are expectations; every other vector must still add up to its total (or be rejected as
/// bad input when its weights are negative or all zero).
/// </summary>
public class ApportionmentReferenceTests
{
    private static readonly ApportionmentMethod[] AllMethods =
        [ApportionmentMethod.LargestRemainder, ApportionmentMethod.DHondt, ApportionmentMethod.SainteLague, ApportionmentMethod.HuntingtonHill];

    [Theory]
    [InlineData("textbook-examples.json", 8)]
    [InlineData("austria-elections.json", 10)]
    [InlineData("balinski-young-1975.json", 29)]
    [InlineData("israel-knesset.json", 4)]
    [InlineData("wikipedia-wahlrecht-examples.json", 21)]
    [InlineData("moneyphp-allocate.json", 23)]
    [InlineData("dinerojs-allocate.json", 0)]
    [InlineData("go-money-allocate.json", 0)]
    [InlineData("js-money-allocate.json", 0)]
    [InlineData("rubymoney-allocate.json", 0)]
    public void Apportion_ReferenceVectors_MatchExpectationsAndAlwaysAddUp(string file, int minimumExpectations)
    {
        JsonElement root = ReferenceVectors.Load(file);
        Assert.Contains(root.GetProperty("sources").EnumerateArray(), s => !string.IsNullOrWhiteSpace(s.GetString()));
        var failures = new List<string>();
        int expectations = 0;
        int invariants = 0;
        foreach (JsonElement c in root.GetProperty("cases").EnumerateArray())
        {
            string id = c.GetProperty("case").GetString()!;
            decimal[] weights = ReferenceVectors.Decimals(c.GetProperty("weights"));
            long total = c.GetProperty("total").GetInt64();
            decimal[] filtered = c.TryGetProperty("zeroBelow", out JsonElement cut) ? [.. weights.Select(w => w < cut.GetDecimal() ? 0m : w)] : weights;
            foreach (JsonElement e in c.GetProperty("expect").EnumerateArray())
            {
                ApportionmentMethod method = ReferenceVectors.Method(e.GetProperty("method").GetString()!);
                long[] expected = ReferenceVectors.Longs(e.GetProperty("shares"));
                expectations++;
                long[] actual = Apportionment.Apportion(total, filtered, method);
                if (!actual.SequenceEqual(expected))
                {
                    failures.Add($"{file} {id} {method}: expected {ReferenceVectors.Show(expected)}, got {ReferenceVectors.Show(actual)}");
                }
            }

            bool invalid = weights.Any(w => w < 0) || (total != 0 && weights.All(w => w == 0)) || (total != 0 && weights.Length == 0);
            foreach (ApportionmentMethod method in AllMethods)
            {
                invariants++;
                try
                {
                    long[] shares = Apportionment.Apportion(total, weights, method);
                    if (invalid)
                    {
                        failures.Add($"{file} {id} {method}: invalid weights were accepted");
                    }
                    else if (shares.Sum() != total || shares.Length != weights.Length)
                    {
                        failures.Add($"{file} {id} {method}: {ReferenceVectors.Show(shares)} does not add up to {total}");
                    }
                    else if (shares.Any(s => Math.Sign(s) * Math.Sign(total) < 0))
                    {
                        failures.Add($"{file} {id} {method}: a share has the wrong sign in {ReferenceVectors.Show(shares)}");
                    }
                }
                catch (AccountabilityException ex) when (invalid)
                {
                    Assert.NotEmpty(ex.Problems);
                }
                catch (AccountabilityException ex)
                {
                    failures.Add($"{file} {id} {method}: rejected valid input: {ex.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(expectations >= minimumExpectations, $"{file}: only {expectations} expectations were checked, fewer than {minimumExpectations}.");
        Assert.True(invariants > 0, $"{file}: no case was checked.");
    }

    [Fact]
    public void Apportion_NodaMoneySplitVectors_AddUpToTheAmount()
    {
        JsonElement root = ReferenceVectors.Load("nodamoney-split.json");
        int checkedCases = 0;
        foreach (JsonElement c in root.GetProperty("cases").EnumerateArray())
        {
            decimal amount = c.GetProperty("amount").GetDecimal();
            int decimals = c.GetProperty("decimals").GetInt32();
            decimal[] weights = ReferenceVectors.Decimals(c.GetProperty("weights"));
            foreach (ApportionmentMethod method in AllMethods)
            {
                decimal[] shares = Apportionment.Apportion(amount, decimals, weights, method);
                Assert.Equal(amount, shares.Sum());
                Assert.All(shares, s => Assert.True(s >= 0 && s == decimal.Round(s, decimals)));
            }

            checkedCases++;
        }

        Assert.True(checkedCases >= 4, "nodamoney-split.json: fewer than 4 cases were checked.");
    }

    [Fact]
    public void ReferenceFolder_Missing_FailsWithAClearMessage()
    {
        string root = Path.Combine(Path.GetTempPath(), "goals-ref-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var ex = Assert.Throws<InvalidOperationException>(() => ReferenceVectors.FolderFrom(root));
            Assert.StartsWith("Reference vectors are missing: expected the folder " + Path.Combine(root, "Goals", "Data"), ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void ReferenceFolder_IsCopiedToTheTestOutput_AndEveryFileNamesItsSources()
    {
        string[] files = Directory.GetFiles(ReferenceVectors.Folder, "*.json");
        Assert.Equal(11, files.Length);
        foreach (string file in files)
        {
            JsonElement root = ReferenceVectors.Load(Path.GetFileName(file));
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
            Assert.NotEmpty(root.GetProperty("sources").EnumerateArray());
            Assert.NotEmpty(root.GetProperty("cases").EnumerateArray());
        }
    }
}
