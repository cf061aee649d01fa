using System.Collections;
using System.Globalization;
using System.Text;
using Accountability.Scoring;

namespace Accountability.Calibration;

/// <summary>
/// A calibrated session (see <see cref="RatingCalibration"/>): the population's figures, each rater's effect, every
/// adjusted rating with who, why and by how much, and each subject's score before and after calibration.
/// </summary>
/// <remarks>
/// The per-rating lists (<see cref="Adjustments"/>, <see cref="CalibratedRatings"/>) are views made on reading, in
/// the input order of the ratings; the per-rater and per-subject lists are in identifier order. Immutable and
/// thread-safe.
/// </remarks>
public sealed class CalibrationResult
{
    private readonly Rating[] _ratings;
    private readonly RatingSet _set;
    private readonly RaterEffect[] _raters;
    private readonly CalibratedScore[] _scores;
    private readonly decimal[] _adjusted;
    private readonly byte[]? _flags;
    private readonly int[] _adjustedIndexes;
    private readonly decimal _populationMeanFull;
    private readonly decimal _populationSpreadFull;

    internal CalibrationResult(
        ScoreScale scale,
        CalibrationOptions options,
        Rating[] ratings,
        RatingSet set,
        RaterEffect[] raters,
        CalibratedScore[] scores,
        decimal[] adjusted,
        byte[]? flags,
        decimal populationMean,
        decimal populationSpread)
    {
        Scale = scale;
        Options = options;
        _ratings = ratings;
        _set = set;
        _raters = raters;
        _scores = scores;
        _adjusted = adjusted;
        _flags = flags;
        _populationMeanFull = populationMean;
        _populationSpreadFull = populationSpread;
        PopulationMean = CalibrationMath.Grid(populationMean);
        PopulationStandardDeviation = CalibrationMath.Grid(populationSpread);
        if (flags is null)
        {
            _adjustedIndexes = [];
        }
        else
        {
            int count = 0;
            foreach (byte f in flags)
            {
                count += f == 0 ? 0 : 1;
            }

            _adjustedIndexes = new int[count];
            int k = 0;
            for (int i = 0; i < flags.Length; i++)
            {
                if (flags[i] != 0)
                {
                    _adjustedIndexes[k++] = i;
                }
            }
        }

        Adjustments = new AdjustmentView(this);
        CalibratedRatings = new RatingView(this);
    }

    /// <summary>The rating scale.</summary>
    public ScoreScale Scale { get; }

    /// <summary>The options the session ran with.</summary>
    public CalibrationOptions Options { get; }

    /// <summary>How many ratings were calibrated.</summary>
    public int RatingCount => _ratings.Length;

    /// <summary>The mean of all ratings as given, rounded to 12 places.</summary>
    public decimal PopulationMean { get; }

    /// <summary>The population standard deviation (STDEV.P) of all ratings as given, within 10⁻¹².</summary>
    public decimal PopulationStandardDeviation { get; }

    /// <summary>Every rater's figures, in identifier order.</summary>
    public IReadOnlyList<RaterEffect> Raters => _raters;

    /// <summary>The raters whose ratings were adjusted, in identifier order.</summary>
    public IReadOnlyList<RaterEffect> AdjustedRaters => [.. _raters.Where(r => r.IsAdjusted)];

    /// <summary>The raters left as given although normalisation was asked for, each with <see cref="RaterEffect.NotAdjustedReason"/>.</summary>
    public IReadOnlyList<RaterEffect> UnadjustedRaters => [.. _raters.Where(r => r.NotAdjustedReason is not null)];

    /// <summary>Every adjusted rating (all ratings of the adjusted raters, even those whose value did not move), in input order.</summary>
    public IReadOnlyList<RatingAdjustment> Adjustments { get; }

    /// <summary>Every rating with its calibrated value (the given value where nothing was adjusted), in input order.</summary>
    public IReadOnlyList<Rating> CalibratedRatings { get; }

    /// <summary>Each subject's mean rating before and after calibration, in identifier order.</summary>
    public IReadOnlyList<CalibratedScore> Scores => _scores;

    /// <summary>Each subject's calibrated mean as a (subject, score) pair, ready for <see cref="Ranking"/>, <see cref="ForcedDistribution"/> and <see cref="Recognition"/>.</summary>
    /// <returns>The pairs, in identifier order.</returns>
    public IReadOnlyList<(PartyId Subject, decimal Score)> ToScores() => [.. _scores.Select(s => (s.Subject, s.CalibratedMean))];

    /// <summary>Finds a rater's figures.</summary>
    /// <param name="rater">The rater.</param>
    /// <returns>The figures, or <see langword="null"/> when the rater gave no rating.</returns>
    public RaterEffect? FindRater(PartyId rater)
    {
        int i = Array.BinarySearch(_set.Raters, rater);
        return i >= 0 ? _raters[i] : null;
    }

    /// <summary>Finds a subject's score.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The score, or <see langword="null"/> when the subject has no rating.</returns>
    public CalibratedScore? FindScore(PartyId subject)
    {
        int i = Array.BinarySearch(_set.Subjects, subject);
        return i >= 0 ? _scores[i] : null;
    }

    /// <summary>Explains the session: the population, every rater's effect and adjustment, and the raters left as given.</summary>
    /// <returns>Text, made only when asked.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Calibration of {RatingCount} ratings of {_scores.Length} subjects by {_raters.Length} raters on the scale {Scale}: population mean {Rounding.Format(PopulationMean, 2)}, spread {Rounding.Format(PopulationStandardDeviation, 2)} (STDEV.P).")
            .AppendLine(CultureInfo.InvariantCulture, $"A rater is lenient (severe) when their mean is at least {Options.LeniencyThreshold} population spreads above (below) the population's; central tendency is a spread of at most {Options.CentralTendencyRatio} of the population's; raters with fewer than {Options.MinimumRatingsPerRater} ratings are not assessed.");
        text.AppendLine(Options.Normalize
            ? "Normalisation: each rater's ratings are standardised on the rater's own mean and spread, then mapped back to the scale on the population's mean and spread (and kept within the scale)."
            : "No normalisation was asked for: every rating is kept as given.");
        foreach (RaterEffect rater in _raters)
        {
            text.Append("  ").AppendLine(rater.ToString());
        }

        int clamped = _flags is null ? 0 : _flags.Count(f => f == 2);
        text.AppendLine(CultureInfo.InvariantCulture, $"{_adjustedIndexes.Length} ratings adjusted{(clamped > 0 ? string.Create(CultureInfo.InvariantCulture, $", {clamped} of them kept within the scale") : string.Empty)}; {UnadjustedRaters.Count} raters left as given.");
        return text.ToString();
    }

    /// <summary>Explains one subject's score: each rating, who gave it, and how calibration changed it.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>Text, made only when asked.</returns>
    /// <exception cref="ArgumentException">The subject has no rating in this session.</exception>
    public string ExplainSubject(PartyId subject)
    {
        int s = Array.BinarySearch(_set.Subjects, subject);
        if (s < 0)
        {
            throw new ArgumentException($"The subject '{subject}' has no rating in this session.", nameof(subject));
        }

        CalibratedScore score = _scores[s];
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{subject}: mean rating {Rounding.Format(score.OriginalMean, 2)} as given, {Rounding.Format(score.CalibratedMean, 2)} after calibration ({(score.Change >= 0 ? "+" : string.Empty)}{Rounding.Format(score.Change, 2)}), from {score.RatingCount} rating{(score.RatingCount == 1 ? string.Empty : "s")}:");
        for (int j = _set.SubjectStart[s]; j < _set.SubjectStart[s + 1]; j++)
        {
            int i = _set.SubjectRatings[j];
            RaterEffect rater = _raters[_set.RaterOf[i]];
            string line = _flags is not null && _flags[i] != 0
                ? Adjustment(i).Explain()
                : rater.NotAdjustedReason is { } reason
                    ? string.Create(CultureInfo.InvariantCulture, $"{rater.Rater}'s rating {_ratings[i].Value} is kept as given: {reason}.")
                    : string.Create(CultureInfo.InvariantCulture, $"{rater.Rater}'s rating {_ratings[i].Value} is kept as given.");
            text.Append("  ").AppendLine(line);
        }

        return text.ToString();
    }

    private RatingAdjustment Adjustment(int i)
    {
        // The z-score is recomputed on reading, exactly as normalisation computed it, rather than stored per rating.
        RaterEffect rater = _raters[_set.RaterOf[i]];
        decimal z = CalibrationMath.Grid((_ratings[i].Value - rater.MeanFull) / rater.StandardDeviationFull);
        return new(_ratings[i], rater, z, _adjusted[i], _flags![i] == 2, _populationMeanFull, _populationSpreadFull);
    }

    private sealed class AdjustmentView(CalibrationResult owner) : IReadOnlyList<RatingAdjustment>
    {
        public int Count => owner._adjustedIndexes.Length;

        public RatingAdjustment this[int index] => owner.Adjustment(owner._adjustedIndexes[index]);

        public IEnumerator<RatingAdjustment> GetEnumerator()
        {
            for (int k = 0; k < owner._adjustedIndexes.Length; k++)
            {
                yield return this[k];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class RatingView(CalibrationResult owner) : IReadOnlyList<Rating>
    {
        public int Count => owner._ratings.Length;

        public Rating this[int index]
        {
            get
            {
                Rating given = owner._ratings[index];
                decimal value = owner._adjusted[index];
                return value == given.Value && owner._flags?[index] is null or 0 ? given : new Rating(given.Rater, given.Subject, given.Group, value);
            }
        }

        public IEnumerator<Rating> GetEnumerator()
        {
            for (int k = 0; k < owner._ratings.Length; k++)
            {
                yield return this[k];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
