using System.Globalization;
using Accountability.Scoring;

namespace Accountability.Calibration;

/// <summary>
/// Calibrates the ratings of many raters: measures each rater's effect (leniency or severity, central tendency) and,
/// when asked, normalises each rater's ratings — standardise on the rater's own mean and spread, then map back to the
/// scale on the population's mean and spread — so that scores from different raters become comparable.
/// </summary>
/// <remarks>
/// <para>
/// <b>Nothing is adjusted silently.</b> The <see cref="CalibrationResult"/> lists every rater's figures, every adjusted
/// rating (<see cref="CalibrationResult.Adjustments"/>) with its reason and size, and every rater left as given.
/// </para>
/// <para>
/// <b>Figures.</b> Spreads are population standard deviations (STDEV.P) of the rater's ratings and of all ratings.
/// A rating's z-score is <c>(x − rater mean) ÷ rater spread</c>, from unrounded means and spreads, rounded to 12 places;
/// the adjusted rating is <c>population mean + z × population spread</c>, set to the scale's nearest end when it falls
/// outside (reported as <see cref="RatingAdjustment.Clamped"/>) and rounded to 12 places. So each rater's z-scores have
/// mean 0 within 10⁻¹² and population standard deviation 1 within 10⁻¹⁰.
/// </para>
/// <para>
/// <b>Cost.</b> Linear in the number of ratings, plus sorting raters and subjects by identifier; the per-rating
/// explanations are made only when read. Nothing depends on the order of the ratings except the order of the
/// per-rating lists, which follow the input. Stateless and thread-safe.
/// </para>
/// </remarks>
public static class RatingCalibration
{
    /// <summary>Calibrates <paramref name="ratings"/> given on <paramref name="scale"/>.</summary>
    /// <param name="ratings">The ratings; at least one.</param>
    /// <param name="scale">The rating scale every rating lies on.</param>
    /// <param name="options">How raters are assessed and normalised; <see cref="CalibrationOptions.Default"/> when null.</param>
    /// <returns>The calibrated session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> or <paramref name="scale"/> is null, or a rating is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="AccountabilityException">
    /// The ratings are bad (a missing party, an unknown group, a value off the scale, two ratings by one rater for one
    /// subject, a self-rating by someone else), there are none, or — under <see cref="UnadjustableRaterHandling.Fail"/> —
    /// a rater cannot be standardised (too few ratings, or zero spread). Every problem is listed.
    /// </exception>
    public static CalibrationResult Calibrate(IEnumerable<Rating> ratings, ScoreScale scale, CalibrationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(scale);
        options ??= CalibrationOptions.Default;
        options.Check();
        return CalibrationMath.Checked("ratings", () => Run(ratings, scale, options));
    }

    private static CalibrationResult Run(IEnumerable<Rating> ratings, ScoreScale scale, CalibrationOptions options)
    {
        Rating[] items = [.. ratings];
        RatingSet set = RatingSet.Read(items, scale);
        int n = items.Length;

        // Population and per-rater sums: exact.
        int raterCount = set.Raters.Length;
        var count = new int[raterCount];
        var sum = new decimal[raterCount];
        var squares = new decimal[raterCount];
        decimal total = 0m;
        decimal totalSquares = 0m;
        for (int i = 0; i < n; i++)
        {
            decimal v = items[i].Value;
            int r = set.RaterOf[i];
            count[r]++;
            sum[r] += v;
            decimal square = v * v;
            squares[r] += square;
            total += v;
            totalSquares += square;
        }

        decimal populationMean = total / n;
        decimal populationSpread = CalibrationMath.SquareRootFull(CalibrationMath.DeviationNumerator(n, total, totalSquares)) / n;

        var problems = new ProblemCollector();
        var adjustable = new bool[raterCount];
        var means = new decimal[raterCount];
        var spreads = new decimal[raterCount];
        var reasons = new string?[raterCount];
        for (int r = 0; r < raterCount; r++)
        {
            int k = count[r];
            decimal spread = CalibrationMath.SquareRootFull(CalibrationMath.DeviationNumerator(k, sum[r], squares[r])) / k;
            means[r] = sum[r] / k;
            spreads[r] = spread;
            if (!options.Normalize)
            {
                continue;
            }

            string? reason = k < options.MinimumRatingsPerRater
                ? string.Create(CultureInfo.InvariantCulture, $"{k} rating{(k == 1 ? string.Empty : "s")}, fewer than the {options.MinimumRatingsPerRater} needed to measure a spread")
                : spread == 0m
                    ? string.Create(CultureInfo.InvariantCulture, $"every rating is {items[set.FirstOfRater[r]].Value}, a spread of zero, which cannot be standardised")
                    : null;
            if (reason is null)
            {
                adjustable[r] = true;
            }
            else if (options.UnadjustableRaters == UnadjustableRaterHandling.LeaveUnadjusted)
            {
                reasons[r] = reason;
            }
            else
            {
                problems.Error(
                    ProblemPath.Key("raters", set.Raters[r].Value),
                    spread == 0m && k >= options.MinimumRatingsPerRater ? CalibrationProblemCodes.ZeroSpread : CalibrationProblemCodes.TooFewValues,
                    $"The rater '{set.Raters[r]}' cannot be standardised: {reason}. Leave such raters unadjusted (UnadjustableRaterHandling.LeaveUnadjusted) or calibrate without them.",
                    k);
            }
        }

        problems.ThrowIfErrors();

        // Normalise, summing each subject's ratings as given and calibrated on the way.
        int subjectCount = set.Subjects.Length;
        var givenSum = new decimal[subjectCount];
        var calibratedSum = new decimal[subjectCount];
        var adjusted = new decimal[n];
        byte[]? flags = options.Normalize ? new byte[n] : null;
        var changeSum = new decimal[raterCount];
        for (int i = 0; i < n; i++)
        {
            int r = set.RaterOf[i];
            decimal v = items[i].Value;
            int subject = set.SubjectOf[i];
            givenSum[subject] += v;
            if (!adjustable[r])
            {
                adjusted[i] = v;
                calibratedSum[subject] += v;
                continue;
            }

            decimal zi = (v - means[r]) / spreads[r];
            decimal mapped = populationMean + (zi * populationSpread);
            byte flag = 1;
            if (mapped < scale.Minimum)
            {
                mapped = scale.Minimum;
                flag = 2;
            }
            else if (mapped > scale.Maximum)
            {
                mapped = scale.Maximum;
                flag = 2;
            }

            mapped = CalibrationMath.Grid(mapped);
            adjusted[i] = mapped;
            calibratedSum[subject] += mapped;
            flags![i] = flag;
            changeSum[r] += mapped - v;
        }

        // Each rater's figures, now that every adjustment is known.
        var effects = new RaterEffect[raterCount];
        decimal threshold = options.LeniencyThreshold * populationSpread;
        for (int r = 0; r < raterCount; r++)
        {
            bool assessed = count[r] >= options.MinimumRatingsPerRater && populationSpread > 0m;
            decimal difference = means[r] - populationMean;
            RaterTendency tendency = !assessed ? RaterTendency.NotAssessed
                : difference > 0m && difference >= threshold ? RaterTendency.Lenient
                : difference < 0m && -difference >= threshold ? RaterTendency.Severe
                : RaterTendency.Neutral;
            bool central = assessed && spreads[r] <= options.CentralTendencyRatio * populationSpread;
            decimal? meanAdjustment = adjustable[r] ? CalibrationMath.Grid(changeSum[r] / count[r]) : null;
            effects[r] = new RaterEffect(set.Raters[r], count[r], means[r], spreads[r], populationMean, tendency, central, meanAdjustment, reasons[r]);
        }

        // Subject means.
        var scores = new CalibratedScore[subjectCount];
        for (int s = 0; s < subjectCount; s++)
        {
            int k = set.SubjectStart[s + 1] - set.SubjectStart[s];
            scores[s] = new CalibratedScore(set.Subjects[s], k, CalibrationMath.Grid(givenSum[s] / k), CalibrationMath.Grid(calibratedSum[s] / k));
        }

        return new CalibrationResult(
            scale,
            options,
            items,
            set,
            effects,
            scores,
            adjusted,
            flags,
            populationMean,
            populationSpread);
    }
}
