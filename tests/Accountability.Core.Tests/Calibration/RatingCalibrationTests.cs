using System.Globalization;
using Accountability.Calibration;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Calibration;

/// <summary>
/// A small calibration session checked by hand. Two regional managers rate four reps each on 1–5: North is lenient
/// (4, 4, 5, 5: mean 4.5, spread 0.5), South severe (1, 1, 4, 4: mean 2.5, spread 1.5). All eight ratings: Σx = 28,
/// mean 3.5; Σx² = 116, n·Σx² − (Σx)² = 928 − 784 = 144, so STDEV.P = √144 ÷ 8 = 1.5. Standardised on their own
/// rater, both managers' low ratings are z = −1 and high ones z = +1, which on the population is 3.5 ∓ 1.5: 2 and 5.
/// </summary>
public class RatingCalibrationTests
{
    private static readonly ScoreScale Stars = new(1m, 5m);

    private static Rating[] Session() =>
    [
        new("north", "n1", RaterGroup.Manager, 4m),
        new("north", "n2", RaterGroup.Manager, 4m),
        new("north", "n3", RaterGroup.Manager, 5m),
        new("north", "n4", RaterGroup.Manager, 5m),
        new("south", "s1", RaterGroup.Manager, 1m),
        new("south", "s2", RaterGroup.Manager, 1m),
        new("south", "s3", RaterGroup.Manager, 4m),
        new("south", "s4", RaterGroup.Manager, 4m),
    ];

    [Fact]
    public void Calibrate_HandCheckedSession_MeasuresRaterEffects()
    {
        CalibrationResult result = RatingCalibration.Calibrate(Session(), Stars);
        Assert.Equal(3.5m, result.PopulationMean);
        Assert.Equal(1.5m, result.PopulationStandardDeviation);

        RaterEffect north = result.FindRater("north")!;
        Assert.Equal(4.5m, north.Mean);
        Assert.Equal(0.5m, north.StandardDeviation);
        Assert.Equal(1m, north.MeanDifference);
        Assert.Equal(RaterTendency.Lenient, north.Tendency); // +1 ≥ 0.5 × 1.5
        Assert.True(north.CentralTendency); // 0.5 ≤ 0.5 × 1.5

        RaterEffect south = result.FindRater("south")!;
        Assert.Equal(2.5m, south.Mean);
        Assert.Equal(1.5m, south.StandardDeviation);
        Assert.Equal(-1m, south.MeanDifference);
        Assert.Equal(RaterTendency.Severe, south.Tendency);
        Assert.False(south.CentralTendency);
        Assert.Equal(["north", "south"], result.Raters.Select(r => r.Rater.Value));
    }

    [Fact]
    public void Calibrate_HandCheckedSession_AdjustsEveryRatingAndSaysSo()
    {
        CalibrationResult result = RatingCalibration.Calibrate(Session(), Stars);
        Assert.Equal([2m, 2m, 5m, 5m, 2m, 2m, 5m, 5m], result.CalibratedRatings.Select(r => r.Value));
        Assert.Equal(8, result.Adjustments.Count);
        Assert.Equal([-2m, -2m, 0m, 0m, 1m, 1m, 1m, 1m], result.Adjustments.Select(a => a.Change));
        Assert.Equal([-1m, -1m, 1m, 1m, -1m, -1m, 1m, 1m], result.Adjustments.Select(a => a.ZScore));
        Assert.All(result.Adjustments, a => Assert.False(a.Clamped));
        Assert.Equal(-1m, result.FindRater("north")!.MeanAdjustment);
        Assert.Equal(1m, result.FindRater("south")!.MeanAdjustment);
        Assert.Equal(2, result.AdjustedRaters.Count);
        Assert.Empty(result.UnadjustedRaters);

        Assert.Equal(
            "north's rating of n1 went from 4 to 2.00 (-2.00): north rates leniently (mean 4.50, spread 0.50), so the rating is -1.00 of the rater's spreads from the rater's mean, which on the population (mean 3.50, spread 1.50) is 2.00.",
            result.Adjustments[0].Explain());
        Assert.Equal(
            "south's rating of s3 went from 4 to 5.00 (+1.00): south rates severely (mean 2.50, spread 1.50), so the rating is 1.00 of the rater's spreads from the rater's mean, which on the population (mean 3.50, spread 1.50) is 5.00.",
            result.Adjustments[6].Explain());

        CalibratedScore n1 = result.FindScore("n1")!;
        Assert.Equal(4m, n1.OriginalMean);
        Assert.Equal(2m, n1.CalibratedMean);
        Assert.Equal(-2m, n1.Change);
        Assert.Equal(5m, result.FindScore("s3")!.CalibratedMean);
        Assert.Null(result.FindScore("nobody"));
        Assert.Equal(("s4", 5m), (result.ToScores()[^1].Subject.Value, result.ToScores()[^1].Score));
    }

    [Fact]
    public void Explain_ListsPopulationRatersAndAdjustments()
    {
        CalibrationResult result = RatingCalibration.Calibrate(Session(), Stars);
        string text = result.Explain();
        Assert.StartsWith("Calibration of 8 ratings of 8 subjects by 2 raters on the scale 1–5: population mean 3.50, spread 1.50 (STDEV.P).", text, StringComparison.Ordinal);
        Assert.Contains("  north: 4 ratings, mean 4.50 (+1.00 against the population), spread 0.50 — lenient, central tendency; adjusted by -1.00 on average", text, StringComparison.Ordinal);
        Assert.Contains("  south: 4 ratings, mean 2.50 (-1.00 against the population), spread 1.50 — severe; adjusted by 1.00 on average", text, StringComparison.Ordinal);
        Assert.Contains("8 ratings adjusted; 0 raters left as given.", text, StringComparison.Ordinal);
        string subject = result.ExplainSubject("s1");
        Assert.StartsWith("s1: mean rating 1.00 as given, 2.00 after calibration (+1.00), from 1 rating:", subject, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => result.ExplainSubject("nobody"));
    }

    [Fact]
    public void Calibrate_WithoutNormalisation_KeepsEveryRating()
    {
        CalibrationResult result = RatingCalibration.Calibrate(Session(), Stars, new CalibrationOptions { Normalize = false });
        Assert.Empty(result.Adjustments);
        Assert.Equal(Session().Select(r => r.Value), result.CalibratedRatings.Select(r => r.Value));
        Assert.Equal(RaterTendency.Lenient, result.FindRater("north")!.Tendency);
        Assert.False(result.FindRater("north")!.IsAdjusted);
        Assert.Contains("No normalisation was asked for", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrate_ClampsToTheScale_AndReportsIt()
    {
        // "spiky" gives 1, 1, 1, 5: z of the 5 is √3 ≈ 1.73, which on a population with a wide spread lands above 5.
        Rating[] ratings =
        [
            .. Session(),
            new("spiky", "x1", RaterGroup.Manager, 1m),
            new("spiky", "x2", RaterGroup.Manager, 1m),
            new("spiky", "x3", RaterGroup.Manager, 1m),
            new("spiky", "x4", RaterGroup.Manager, 5m),
        ];
        CalibrationResult result = RatingCalibration.Calibrate(ratings, Stars);
        RatingAdjustment top = result.Adjustments.Single(a => a.Rating.Subject == "x4");
        Assert.True(top.Clamped);
        Assert.Equal(5m, top.AdjustedValue);
        Assert.EndsWith(", kept within the scale.", top.Explain(), StringComparison.Ordinal);
        Assert.All(result.CalibratedRatings, r => Assert.InRange(r.Value, 1m, 5m));
        Assert.Contains("of them kept within the scale", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrate_ZeroSpreadRater_FailsByDefault_WithTheRaterNamed()
    {
        Rating[] ratings = [.. Session(), new("flat", "f1", RaterGroup.Manager, 3m), new("flat", "f2", RaterGroup.Manager, 3m), new("flat", "f3", RaterGroup.Manager, 3m)];
        var ex = Assert.Throws<AccountabilityException>(() => RatingCalibration.Calibrate(ratings, Stars));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(CalibrationProblemCodes.ZeroSpread, problem.Code);
        Assert.Equal("raters[flat]", problem.Path);
        Assert.Equal(
            "The rater 'flat' cannot be standardised: every rating is 3, a spread of zero, which cannot be standardised. Leave such raters unadjusted (UnadjustableRaterHandling.LeaveUnadjusted) or calibrate without them.",
            problem.Message);
    }

    [Fact]
    public void Calibrate_TooFewRatings_FailsByDefault_OrIsLeftAsGivenAndReported()
    {
        Rating[] ratings = [.. Session(), new("new", "m1", RaterGroup.Manager, 2m), new("flat", "f1", RaterGroup.Manager, 3m), new("flat", "f2", RaterGroup.Manager, 3m), new("flat", "f3", RaterGroup.Manager, 3m)];
        var ex = Assert.Throws<AccountabilityException>(() => RatingCalibration.Calibrate(ratings, Stars));
        Assert.Equal([CalibrationProblemCodes.ZeroSpread, CalibrationProblemCodes.TooFewValues], ex.Problems.Select(p => p.Code));
        Assert.Equal("The rater 'new' cannot be standardised: 1 rating, fewer than the 3 needed to measure a spread. Leave such raters unadjusted (UnadjustableRaterHandling.LeaveUnadjusted) or calibrate without them.", ex.Problems[1].Message);

        CalibrationResult result = RatingCalibration.Calibrate(ratings, Stars, new CalibrationOptions { UnadjustableRaters = UnadjustableRaterHandling.LeaveUnadjusted });
        Assert.Equal(["flat", "new"], result.UnadjustedRaters.Select(r => r.Rater.Value));
        RaterEffect fresh = result.FindRater("new")!;
        Assert.Equal(RaterTendency.NotAssessed, fresh.Tendency);
        Assert.Equal("1 rating, fewer than the 3 needed to measure a spread", fresh.NotAdjustedReason);
        Assert.Equal(2m, result.FindScore("m1")!.CalibratedMean);
        Assert.DoesNotContain(result.Adjustments, a => a.Rating.Rater == "new" || a.Rating.Rater == "flat");
        Assert.Equal("  new's rating 2 is kept as given: 1 rating, fewer than the 3 needed to measure a spread.", result.ExplainSubject("m1").Split('\n')[1].TrimEnd('\r'));
        Assert.Contains("2 raters left as given.", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrate_BadRatings_ListsEveryProblem()
    {
        Rating[] ratings =
        [
            new("north", "n1", RaterGroup.Manager, 6m),
            new("north", "n1", RaterGroup.Manager, 4m),
            new("north", "n2", RaterGroup.Self, 4m),
            new(default, "n3", RaterGroup.Peer, 3m),
            new("north", "n4", (RaterGroup)9, 3m),
        ];
        var ex = Assert.Throws<AccountabilityException>(() => RatingCalibration.Calibrate(ratings, Stars));
        Assert.Equal(
            [
                ("ratings[0].value", CalibrationProblemCodes.RatingOffScale, "The rating 6 is outside the scale 1–5."),
                ("ratings[2].rater", CalibrationProblemCodes.SelfRatingByOther, "A self-rating of 'n2' is given by 'north'; only the subject can rate themselves."),
                ("ratings[3].rater", CalibrationProblemCodes.PartyMissing, "A rating needs a rater."),
                ("ratings[4].group", CalibrationProblemCodes.RaterGroupUnknown, "The rater group 9 is not defined."),
                ("ratings[1]", CalibrationProblemCodes.DuplicateRating, "'north' rated 'n1' more than once; give one rating per rater and subject."),
            ],
            ex.Problems.Select(p => (p.Path, p.Code, p.Message)));
    }

    [Fact]
    public void Calibrate_NoRatings_IsEmptyPopulation()
    {
        var ex = Assert.Throws<AccountabilityException>(() => RatingCalibration.Calibrate([], Stars));
        Assert.Equal(CalibrationProblemCodes.EmptyPopulation, Assert.Single(ex.Problems).Code);
        Assert.Throws<ArgumentNullException>(() => RatingCalibration.Calibrate(null!, Stars));
        Assert.Throws<ArgumentNullException>(() => RatingCalibration.Calibrate(Session(), null!));
        Assert.Throws<ArgumentNullException>(() => RatingCalibration.Calibrate([null!], Stars));
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingCalibration.Calibrate(Session(), Stars, new CalibrationOptions { MinimumRatingsPerRater = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingCalibration.Calibrate(Session(), Stars, new CalibrationOptions { CentralTendencyRatio = 2m }));
    }

    /// <summary>Ratings of several raters on 1–5 in quarter points; each rater rates a random subset of subjects.</summary>
    private static Gen<Rating[]> Ratings() =>
        from raters in Gen.Choose(1, 5)
        from subjects in Gen.Choose(3, 12)
        from cells in Gen.Choose(0, 20).ArrayOf(raters * subjects)
        select Enumerable.Range(0, raters * subjects)
            .Where(k => cells[k] >= 4)
            .Select(k => new Rating(
                "r" + (k / subjects).ToString(CultureInfo.InvariantCulture),
                "s" + (k % subjects).ToString("D2", CultureInfo.InvariantCulture),
                RaterGroup.Manager,
                cells[k] / 4m))
            .ToArray();

    private static readonly CalibrationOptions Lenient = new() { UnadjustableRaters = UnadjustableRaterHandling.LeaveUnadjusted };

    /// <summary>The documented precision: per rater, z-scores have mean 0 within 10⁻¹² and STDEV.P 1 within 10⁻¹⁰.</summary>
    [Property(MaxTest = 200)]
    public Property StandardisedRatings_HaveMeanZeroAndSpreadOne_PerRater() =>
        Prop.ForAll(Ratings().Where(r => r.Length > 0).ToArbitrary(), ratings =>
        {
            CalibrationResult result = RatingCalibration.Calibrate(ratings, Stars, Lenient);
            return result.Adjustments.GroupBy(a => a.Rating.Rater).All(g =>
            {
                decimal[] z = [.. g.Select(a => a.ZScore)];
                decimal mean = z.Sum() / z.Length;
                decimal spread = Statistics.StandardDeviationPopulation(z);
                return Math.Abs(mean) <= 0.000000000001m && Math.Abs(spread - 1m) <= 0.0000000001m;
            });
        });

    [Property(MaxTest = 200)]
    public Property Calibration_DoesNotDependOnTheOrderOfRatings() =>
        Prop.ForAll(Ratings().Where(r => r.Length > 0).ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (ratings, seed) =>
        {
            CalibrationResult a = RatingCalibration.Calibrate(ratings, Stars, Lenient);
            CalibrationResult b = RatingCalibration.Calibrate(CalibrationGenerators.Shuffle(ratings, seed), Stars, Lenient);
            static string[] Adjusted(CalibrationResult r) =>
                [.. r.Adjustments.Select(x => x.Explain()).Order(StringComparer.Ordinal)];
            return a.Raters.Select(r => r.ToString()).SequenceEqual(b.Raters.Select(r => r.ToString()))
                && a.Scores.Select(s => (s.Subject, s.OriginalMean, s.CalibratedMean)).SequenceEqual(b.Scores.Select(s => (s.Subject, s.OriginalMean, s.CalibratedMean)))
                && Adjusted(a).SequenceEqual(Adjusted(b))
                && a.Explain() == b.Explain();
        });

    [Property(MaxTest = 100)]
    public Property Calibration_KeepsEveryRatingOnTheScale_AndEveryAdjustmentExplained() =>
        Prop.ForAll(Ratings().Where(r => r.Length > 0).ToArbitrary(), ratings =>
        {
            CalibrationResult result = RatingCalibration.Calibrate(ratings, Stars, Lenient);
            return result.CalibratedRatings.All(r => r.Value >= 1m && r.Value <= 5m)
                && result.CalibratedRatings.Count == ratings.Length
                && result.Raters.All(r => r.IsAdjusted != (r.NotAdjustedReason is not null))
                && result.Adjustments.All(a => a.Rating.Value + a.Change == a.AdjustedValue);
        });
}
