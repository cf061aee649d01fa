using System.Globalization;
using System.Text;
using Accountability.Calibration;
using Accountability.Scoring;
using Accountability.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Serialization;

/// <summary>
/// Calibration documents: a meeting's results (calibrated ratings, forced distribution, comparison with a guideline)
/// round-trip exactly, read back equal in every figure, and a document whose figures do not follow from its inputs is
/// refused at the figure's path.
/// </summary>
public class CalibrationDocumentTests
{
    internal static readonly DistributionGuideline Guideline = DistributionGuideline.Create([("Top", 20m), ("Core", 70.0m), ("Bottom", 10m)]);

    /// <summary>A random meeting: ratings of up to 8 subjects by up to 5 raters, their calibration, distribution and a comparison.</summary>
    internal static CalibrationOutcome RandomOutcome(int seed)
    {
        var random = new Random(seed);
        var ratings = new List<Rating>();
        int raters = 1 + random.Next(5);
        int subjects = 1 + random.Next(8);
        for (int r = 0; r < raters; r++)
        {
            for (int s = 0; s < subjects; s++)
            {
                if (random.Next(4) > 0)
                {
                    decimal value = decimal.Round(1m + ((decimal)random.NextDouble() * 4m), random.Next(3));
                    RaterGroup group = (RaterGroup)(1 + random.Next(3));
                    ratings.Add(new Rating("r" + r.ToString(CultureInfo.InvariantCulture), "s" + s.ToString(CultureInfo.InvariantCulture), group, value));
                }
            }
        }

        if (ratings.Count == 0)
        {
            ratings.Add(new Rating("r0", "s0", RaterGroup.Manager, 3.5m));
        }

        var options = new CalibrationOptions
        {
            MinimumRatingsPerRater = 2 + random.Next(3),
            LeniencyThreshold = random.Next(3) * 0.25m,
            CentralTendencyRatio = random.Next(5) * 0.25m,
            Normalize = random.Next(4) > 0,
            UnadjustableRaters = UnadjustableRaterHandling.LeaveUnadjusted,
        };
        CalibrationResult calibration = RatingCalibration.Calibrate(ratings, new ScoreScale(1m, 5m), options);
        ForcedDistribution distribution = Guideline.Assign(calibration.ToScores(), random.Next(4) == 0 ? RankOrder.LowestFirst : RankOrder.HighestFirst);
        DistributionComparison comparison = Guideline.Compare(distribution.Placements.Select((p, i) => (p.Subject, Guideline.Bands[i % 3].Name)));
        return random.Next(5) switch
        {
            0 => new CalibrationOutcome(calibration),
            1 => new CalibrationOutcome(distribution: distribution),
            _ => new CalibrationOutcome(calibration, distribution, comparison),
        };
    }

    [Property(MaxTest = 200)]
    public Property Outcome_RoundTripsExactly_AndReadsBackEqualInEveryFigure(int seed)
    {
        CalibrationOutcome outcome = RandomOutcome(seed);
        string json = AccountabilityJson.Write(outcome);
        CalibrationOutcome read = AccountabilityJson.ReadCalibration(json);

        return (AccountabilityJson.Write(read) == json).Label("write(read(write(x))) differs from write(x)")
            .And(Figures(read) == Figures(outcome)).Label("a figure or explanation read back differs");
    }

    [Fact]
    public void Write_KeepsDecimalScale_AndEnumNames()
    {
        CalibrationResult calibration = RatingCalibration.Calibrate(
            [new Rating("ana", "cy", RaterGroup.Manager, 4.50m), new Rating("ana", "di", RaterGroup.Manager, 3.0m), new Rating("ben", "cy", RaterGroup.Peer, 2.25m), new Rating("ben", "di", RaterGroup.Peer, 4.00m)],
            new ScoreScale(1.0m, 5.0m),
            new CalibrationOptions { MinimumRatingsPerRater = 2 });

        string json = AccountabilityJson.Write(new CalibrationOutcome(calibration, Guideline.Assign(calibration.ToScores())));

        Assert.Contains("\"value\": 4.50,", json, StringComparison.Ordinal);
        Assert.Contains("\"maximum\": 5.0", json, StringComparison.Ordinal);
        Assert.Contains("\"percent\": 70.0", json, StringComparison.Ordinal);
        Assert.Contains("\"group\": \"Manager\"", json, StringComparison.Ordinal);
        Assert.Contains("\"order\": \"HighestFirst\"", json, StringComparison.Ordinal);
        Assert.Equal("calibration", AccountabilityJson.KindOf(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(calibration.Explain(), AccountabilityJson.ReadCalibration(json).Calibration!.Explain());
    }

    [Fact]
    public void ReadCalibration_AFigureThatDoesNotFollowFromTheRatings_IsRefusedAtItsPath()
    {
        CalibrationOutcome outcome = new(RatingCalibration.Calibrate(
            [new Rating("ana", "cy", RaterGroup.Manager, 4m), new Rating("ana", "di", RaterGroup.Manager, 2m), new Rating("ben", "cy", RaterGroup.Peer, 3m), new Rating("ben", "di", RaterGroup.Peer, 3.5m)],
            new ScoreScale(1m, 5m),
            new CalibrationOptions { MinimumRatingsPerRater = 2 }));
        string json = AccountabilityJson.Write(outcome).Replace("\"originalMean\": 3.5", "\"originalMean\": 3.6", StringComparison.Ordinal);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadCalibration(json));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("$.calibration.scores[0].originalMean", problem.Path);
        Assert.Equal(SerializationProblemCodes.ValueNotAllowed, problem.Code);
        Assert.Equal("The document gives 3.6; the ratings give 3.5.", problem.Message);
    }

    [Fact]
    public void ReadCalibration_RatingProblems_AreReportedAtTheirPaths()
    {
        string json = AccountabilityJson.Write(RandomOutcome(3)).Replace("\"group\": \"Peer\"", "\"group\": \"Self\"", StringComparison.Ordinal);
        Assert.Contains("Self", json, StringComparison.Ordinal);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadCalibration(json));

        Assert.All(ex.Problems, p => Assert.Matches(@"^\$\.calibration\.ratings\[\d+\]\.rater$", p.Path));
        Assert.All(ex.Problems, p => Assert.Equal(CalibrationProblemCodes.SelfRatingByOther, p.Code));
    }

    [Theory]
    [InlineData("\"percent\": 20\n", "\"percent\": 25\n", "$.distribution.guideline")]
    [InlineData("\"order\": \"HighestFirst\"", "\"order\": \"Best\"", "$.distribution.order value-not-allowed")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 9", "$.schemaVersion schema-version-unsupported")]
    [InlineData("\"normalize\": true,", "\"normalize\": true, \"strict\": true,", "$.calibration.options.strict unknown-property")]
    [InlineData("\"minimumRatingsPerRater\": 2,", "\"minimumRatingsPerRater\": 1,", "$.calibration value-not-allowed")]
    [InlineData("\"minimum\": 1", "\"minimum\": 9", "$.calibration.scale value-not-allowed")]
    public void ReadCalibration_BadInput_IsReportedAtItsPath(string find, string replace, string expected)
    {
        string json = AccountabilityJson.Write(RandomOutcome(8));
        Assert.Contains(find, json, StringComparison.Ordinal);
        int at = json.IndexOf(find, StringComparison.Ordinal);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadCalibration(json[..at] + replace + json[(at + find.Length)..]));

        Assert.StartsWith(expected, ex.Problems[0].Path + " " + ex.Problems[0].Code, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCalibration_NoResult_IsRefused()
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadCalibration("{ \"schemaVersion\": 1, \"kind\": \"calibration\" }"));

        Assert.Equal("$.calibration: Required: at least one of 'calibration', 'distribution' and 'comparison'.", ex.Problems[0].Path + ": " + ex.Problems[0].Message);
    }

    [Fact]
    public void ReadCalibration_ComparisonWithoutPeople_IsRefused()
    {
        string json = """
            { "schemaVersion": 1, "kind": "calibration", "comparison": {
              "guideline": [ { "band": "Top", "percent": 50 }, { "band": "Rest", "percent": 50 } ],
              "bands": [ { "band": "Top", "targetCount": 0, "actualCount": 0, "actualPercent": 0 }, { "band": "Rest", "targetCount": 0, "actualCount": 0, "actualPercent": 0 } ] } }
            """;

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadCalibration(json));

        Assert.Equal("$.comparison.bands", Assert.Single(ex.Problems).Path);
    }

    /// <summary>Every figure and explanation of an outcome, as text.</summary>
    internal static string Figures(CalibrationOutcome outcome)
    {
        var text = new StringBuilder();
        if (outcome.Calibration is { } c)
        {
            text.AppendLine(c.Explain()).AppendLine(c.Scale.ToString()).AppendLine(CultureInfo.InvariantCulture, $"{c.PopulationMean} {c.PopulationStandardDeviation} {c.RatingCount}");
            foreach (RaterEffect r in c.Raters)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{r} {r.Mean} {r.StandardDeviation} {r.MeanDifference} {r.MeanAdjustment} {r.IsAdjusted} {r.NotAdjustedReason}");
            }

            foreach (RatingAdjustment a in c.Adjustments)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{a.Explain()} {a.ZScore} {a.AdjustedValue} {a.Clamped} {a.Rating.Value}");
            }

            foreach (Rating r in c.CalibratedRatings)
            {
                text.AppendLine(r.ToString());
            }

            foreach (CalibratedScore s in c.Scores)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{s} {s.OriginalMean} {s.CalibratedMean}").AppendLine(c.ExplainSubject(s.Subject));
            }
        }

        if (outcome.Distribution is { } d)
        {
            text.AppendLine(d.Explain()).AppendLine(string.Join("\n", d.Placements.Select(p => p + " " + p.Position)));
        }

        if (outcome.Comparison is { } k)
        {
            text.AppendLine(k.Explain()).AppendLine(string.Join(" ", k.Bands.Select(b => b.ActualPercent)));
        }

        return text.ToString();
    }
}

/// <summary>The shipped calibration schema accepts what the library writes and refuses what the reader refuses in shape.</summary>
public class CalibrationDocumentSchemaTests
{
    private static readonly Lazy<Json.Schema.JsonSchema> Schema = new(() =>
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Schemas", "calibration.schema.json")));
        return Json.Schema.JsonSchema.Build(schema.RootElement.Clone(), new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() }, null);
    });

    internal static bool IsValid(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement).IsValid;
    }

    [Property(MaxTest = 50)]
    public bool WrittenOutcomes_AreValidAgainstTheSchema(int seed) => IsValid(AccountabilityJson.Write(CalibrationDocumentTests.RandomOutcome(seed)));

    [Theory]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2")]
    [InlineData("\"order\": \"HighestFirst\"", "\"order\": \"Best\"")]
    [InlineData("\"normalize\": true,", "\"normalize\": \"yes\",")]
    [InlineData("\"normalize\": true,", "\"normalize\": true, \"strict\": true,")]
    [InlineData("\"group\": \"Peer\"", "\"group\": \"Friend\"")]
    public void TheSchema_RefusesWhatTheReaderRefuses(string find, string replace)
    {
        string json = AccountabilityJson.Write(CalibrationDocumentTests.RandomOutcome(8));
        Assert.Contains(find, json, StringComparison.Ordinal);
        int at = json.IndexOf(find, StringComparison.Ordinal);
        string broken = json[..at] + replace + json[(at + find.Length)..];

        Assert.False(IsValid(broken));
        Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadCalibration(broken));
    }
}
