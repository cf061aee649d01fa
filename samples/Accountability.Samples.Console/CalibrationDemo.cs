using Accountability;
using Accountability.Calibration;
using Accountability.Scoring;
using Accountability.Serialization;

namespace Accountability.Samples;

/// <summary>
/// Fairness across raters: in the calibration meeting Li Na rates leniently and Qian Hao severely; the director rates
/// in between. Calibration shows each rater's effect and every adjustment, the team's distribution against the 20/70/10
/// guideline, the recognised top reps (with a tie at the cut), and whether sales steadied after accountability took hold.
/// </summary>
internal static class CalibrationDemo
{
    public static void Run(TextWriter output)
    {
        // 1. The calibration meeting: the director and both regional managers each rate every rep on a 1-5 scale.
        //    Li Na rates generously, Qian Hao harshly.
        var stars = new ScoreScale(1m, 5m);
        Rating[] ratings = MeetingRatings();

        // 2. Rater effects and normalisation: each rater's ratings standardised, then mapped back to the scale. Nothing
        //    is adjusted silently: every adjustment is listed with who, why and by how much. (Standardising a rater who
        //    rated only their own region would also remove any real difference between regions: that is why every
        //    manager rates every rep in this meeting.)
        CalibrationResult calibrated = RatingCalibration.Calibrate(ratings, stars);
        output.WriteLine("== Calibration: two regional managers, one lenient and one severe ==");
        output.WriteLine();
        output.WriteLine(calibrated.Explain());
        output.WriteLine();
        output.WriteLine("Adjustments:");
        foreach (RatingAdjustment adjustment in calibrated.Adjustments)
        {
            output.WriteLine("- " + adjustment.Explain());
        }

        // 3. The first quarter's scorecard scores against the company's 20/70/10 guideline, then bands assigned by rank
        //    to meet it (equal scores always share a band; where a tie forces a deviation, it is reported).
        Scorecard card = ScoringDemo.RepScorecard(out _);
        ActualsTable q1 = ScoringDemo.FirstQuarter(card, out _);
        ScorePopulation population = ScorePopulation.From(card.ScoreBatch(q1));
        DistributionGuideline guideline = Guideline();
        output.WriteLine();
        output.WriteLine(guideline.Assign(population.Scores).Explain());

        // 4. Reward the best performers: the top two after calibration, everyone tied at the cut included (Liu Yang and
        //    Zhou Tao were rated alike by all three managers).
        output.WriteLine();
        output.WriteLine(Recognition.TopCount(calibrated.ToScores(), 2).Explain());

        // 5. The text's case: team sales swung widely before accountability and steadied after. Monthly team sales
        //    (millions of CNY), the fiscal year before against the first five months of this one.
        VolatilityComparison team = TeamVolatility();
        output.WriteLine();
        output.WriteLine(team.Explain());
    }

    /// <summary>The company's 20/70/10 guideline for the reps' quarterly scores.</summary>
    public static DistributionGuideline Guideline() => DistributionGuideline.Create([("Top", 20m), ("Core", 70m), ("Bottom", 10m)]);

    /// <summary>Monthly team sales (millions of CNY), the fiscal year before against the first five months of this one.</summary>
    public static VolatilityComparison TeamVolatility() =>
        VolatilityComparison.Compare(
            [("2025-04", 1.9m), ("2025-05", 3.4m), ("2025-06", 1.6m), ("2025-07", 3.1m), ("2025-08", 1.7m), ("2025-09", 3.6m)],
            [("2026-04", 1.99m), ("2026-05", 2.57m), ("2026-06", 2.57m), ("2026-07", 2.72m), ("2026-08", 2.79m)]);

    /// <summary>The meeting's results as the export writes them: the calibrated ratings and the team's bands by rank.</summary>
    public static CalibrationOutcome Outcome()
    {
        CalibrationResult calibrated = RatingCalibration.Calibrate(MeetingRatings(), new ScoreScale(1m, 5m));
        var guideline = DistributionGuideline.Create([("Top", 20m), ("Core", 70m), ("Bottom", 10m)]);
        return new CalibrationOutcome(calibrated, guideline.Assign(calibrated.ToScores()));
    }

    private static Rating[] MeetingRatings()
    {
        (string Rep, decimal LiNa, decimal QianHao, decimal ZhangWei)[] meeting =
        [
            ("chen-jie", 5m, 3.5m, 4.5m),
            ("liu-yang", 5m, 3m, 4m),
            ("sun-hui", 4m, 2m, 3m),
            ("zhao-min", 4m, 1.5m, 3m),
            ("zhou-tao", 5m, 3m, 4m),
        ];
        Rating[] ratings = [.. meeting.SelectMany(m => new Rating[]
        {
            new("li-na", m.Rep, RaterGroup.Manager, m.LiNa),
            new("qian-hao", m.Rep, RaterGroup.Manager, m.QianHao),
            new("zhang-wei", m.Rep, RaterGroup.Manager, m.ZhangWei),
        })];
        return ratings;
    }
}
