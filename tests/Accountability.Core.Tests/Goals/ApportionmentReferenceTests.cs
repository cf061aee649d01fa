using System.Text.Json;
using Accountability.Goals;

namespace Accountability.Tests.Goals;

/// <summary>
/// Checks every method against the published vectors in <c>../shared/reference</c>. Only vectors whose remainder
/// rule is the method's own are expectations; every other vector must still add up to its total (or be rejected as
/// bad input when its weights are negative or all zero).
/// </summary>
public class ApportionmentReferenceTests
{
    private static readonly ApportionmentMethod[] AllMethods =
        [ApportionmentMethod.LargestRemainder, ApportionmentMethod.DHondt, ApportionmentMethod.SainteLague, ApportionmentMethod.HuntingtonHill];

    [Theory]
    [InlineData("apportionment_textbook_examples_elgoorf.json", false, 8)]
    [InlineData("austria_elections_dhondt.json", false, 10)]
    [InlineData("balinski_young_1975_and_unit_examples.json", false, 25)]
    [InlineData("israel_knesset_dhondt.json", false, 4)]
    [InlineData("proporz_r_package_examples.json", false, 15)]
    [InlineData("moneyphp_money_allocate.json", true, 20)]
    [InlineData("dinerojs_allocate.json", false, 0)]
    [InlineData("go_money_allocate.json", false, 0)]
    [InlineData("js_money_allocate.json", false, 0)]
    [InlineData("rubymoney_allocate.json", false, 0)]
    public void Apportion_ReferenceVectors_MatchExpectationsAndAlwaysAddUp(string file, bool allocationsAreLargestRemainder, int minimumExpectations)
    {
        JsonElement root = ReferenceVectors.Load(file);
        var failures = new List<string>();
        int expectations = 0;
        int invariants = 0;
        foreach (JsonElement c in root.GetProperty("cases").EnumerateArray())
        {
            string id = c.TryGetProperty("id", out JsonElement idElement) ? idElement.GetString() ?? "?" : "?";
            if (!TryInputs(c, out decimal[] weights, out long total, out JsonElement? expectedMinorUnits))
            {
                continue;
            }

            foreach ((ApportionmentMethod method, long[] expected) in Expectations(c, weights, allocationsAreLargestRemainder && total >= 0, expectedMinorUnits))
            {
                expectations++;
                long[] actual = Apportion(c, weights, total, method);
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
        JsonElement root = ReferenceVectors.Load("nodamoney_split.json");
        int checkedCases = 0;
        foreach (JsonElement c in root.GetProperty("cases").EnumerateArray())
        {
            string api = c.GetProperty("api").GetString()!;
            if (c.GetProperty("expected").ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            decimal amount = decimal.Parse(c.GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            string inner = api["Split(".Length..^1];
            decimal[] weights = inner.StartsWith('[')
                ? [.. inner.Trim('[', ']').Split(',').Select(x => decimal.Parse(x, System.Globalization.CultureInfo.InvariantCulture))]
                : [.. Enumerable.Repeat(1m, int.Parse(inner, System.Globalization.CultureInfo.InvariantCulture))];
            foreach (ApportionmentMethod method in AllMethods)
            {
                decimal[] shares = Apportionment.Apportion(amount, 2, weights, method);
                Assert.Equal(amount, shares.Sum());
                Assert.All(shares, s => Assert.True(s >= 0 && s == decimal.Round(s, 2)));
            }

            checkedCases++;
        }

        Assert.True(checkedCases >= 4, "nodamoney_split.json: fewer than 4 cases were checked.");
    }

    [Fact]
    public void ReferenceFolder_Missing_FailsWithAClearMessage()
    {
        string root = Path.Combine(Path.GetTempPath(), "goals-ref-" + Guid.NewGuid().ToString("N"));
        string repo = Path.Combine(root, "repo");
        string deep = Path.Combine(repo, "tests", "bin");
        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(repo, "Accountability.Core.sln"), string.Empty);
        try
        {
            var ex = Assert.Throws<InvalidOperationException>(() => ReferenceVectors.FolderFrom(deep));
            Assert.StartsWith("Reference vectors are missing: expected the folder " + Path.Combine(root, "shared", "reference"), ex.Message, StringComparison.Ordinal);
            Assert.Throws<InvalidOperationException>(() => ReferenceVectors.FolderFrom(Path.GetPathRoot(root)!));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void ReferenceFolder_IsFoundBesideTheRepository()
    {
        Assert.True(Directory.Exists(ReferenceVectors.Folder));
        Assert.True(File.Exists(Path.Combine(ReferenceVectors.Folder, "README.md")));
    }

    private static long[] Apportion(JsonElement c, decimal[] weights, long total, ApportionmentMethod method) =>
        Apportionment.Apportion(total, Filtered(c, weights), method);

    /// <summary>Applies a published threshold or quorum: parties below it get weight zero.</summary>
    private static decimal[] Filtered(JsonElement c, decimal[] weights)
    {
        decimal sum = weights.Sum();
        decimal cut = 0m;
        foreach (string name in new[] { "threshold_fraction_of_valid_votes", "threshold_fraction", "quorum_fraction" })
        {
            if (c.TryGetProperty(name, out JsonElement f) && f.ValueKind == JsonValueKind.Number)
            {
                cut = f.GetDecimal() * sum;
            }
        }

        if (c.TryGetProperty("quorum_votes", out JsonElement q) && q.ValueKind == JsonValueKind.Number)
        {
            cut = q.GetDecimal();
        }

        return cut == 0m ? weights : [.. weights.Select(w => w < cut ? 0m : w)];
    }

    private static bool TryInputs(JsonElement c, out decimal[] weights, out long total, out JsonElement? expectedMinorUnits)
    {
        weights = [];
        total = 0;
        expectedMinorUnits = null;
        JsonElement source = c.TryGetProperty("derived_integer_view", out JsonElement view) && view.ValueKind == JsonValueKind.Object ? view : c;
        bool found = ReferenceVectors.TryNumberArray(source, "votes", out weights)
            || ReferenceVectors.TryNumberArray(source, "populations", out weights)
            || ReferenceVectors.TryNumberArray(source, "ratios", out weights);
        if (!found && source.TryGetProperty("ratios", out JsonElement keyed) && keyed.ValueKind == JsonValueKind.Object)
        {
            var list = new List<decimal>();
            foreach (JsonProperty p in keyed.EnumerateObject())
            {
                list.Add(p.Value.GetDecimal());
            }

            weights = [.. list];
            found = true;
        }

        if (!found)
        {
            return false;
        }

        if (source.TryGetProperty("seats", out JsonElement seats) && seats.ValueKind == JsonValueKind.Number)
        {
            total = seats.GetInt64();
        }
        else if (source.TryGetProperty("amount_minor_units", out JsonElement amount) && amount.ValueKind == JsonValueKind.Number)
        {
            total = amount.GetInt64();
        }
        else
        {
            return false;
        }

        if (source.TryGetProperty("expected_minor_units", out JsonElement minor))
        {
            expectedMinorUnits = minor;
        }

        return true;
    }

    private static IEnumerable<(ApportionmentMethod Method, long[] Expected)> Expectations(JsonElement c, decimal[] weights, bool allocationIsLargestRemainder, JsonElement? expectedMinorUnits)
    {
        if (c.TryGetProperty("expected", out JsonElement expected) && expected.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty p in expected.EnumerateObject())
            {
                if (ReferenceVectors.MapMethod(p.Name) is ApportionmentMethod m && ReferenceVectors.TryLongArray(p.Value, out long[] values))
                {
                    yield return (m, values);
                }
            }
        }

        if (c.TryGetProperty("expected_all_methods", out JsonElement all) && ReferenceVectors.TryLongArray(all, out long[] allValues))
        {
            foreach (ApportionmentMethod m in AllMethods)
            {
                yield return (m, allValues);
            }
        }

        if (c.TryGetProperty("expected_seats", out JsonElement seats) && ReferenceVectors.TryLongArray(seats, out long[] seatValues)
            && c.TryGetProperty("method", out JsonElement method) && ReferenceVectors.MapMethod(method.GetString()) is ApportionmentMethod named)
        {
            yield return (named, seatValues);
        }

        if (c.TryGetProperty("expected_seats_official", out JsonElement official) && ReferenceVectors.TryLongArray(official, out long[] officialValues))
        {
            yield return (ApportionmentMethod.DHondt, officialValues);
        }

        if (allocationIsLargestRemainder && expectedMinorUnits is JsonElement minor)
        {
            if (ReferenceVectors.TryLongArray(minor, out long[] minorValues))
            {
                yield return (ApportionmentMethod.LargestRemainder, minorValues);
            }
            else if (minor.ValueKind == JsonValueKind.Object)
            {
                yield return (ApportionmentMethod.LargestRemainder, [.. minor.EnumerateObject().Select(p => p.Value.GetInt64())]);
            }
        }

        _ = weights;
    }
}
