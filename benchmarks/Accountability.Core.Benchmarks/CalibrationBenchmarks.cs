using System.Globalization;
using Accountability.Calibration;
using Accountability.Scoring;
using BenchmarkDotNet.Attributes;

namespace Accountability.Benchmarks;

/// <summary>
/// Calibrating 100,000 subjects with 10 ratings each (1,000,000 ratings from 2,000 raters, each with their own
/// leniency): rater effects, normalisation, a 20/70/10 forced distribution and a ranking. The library's pipeline is
/// measured beside a hand-written equivalent (the baseline) that computes the same figures with dictionaries, arrays
/// and one sort, and nothing else (no validation, no explanations, no per-subject result objects).
/// </summary>
[MemoryDiagnoser]
public class CalibrationBenchmarks
{
    private const int RatingsPerSubject = 10;
    private const int RaterCount = 2_000;
    private static readonly ScoreScale Scale = new(1m, 5m);
    private static readonly decimal[] Guideline = [20m, 70m, 10m];

    private Rating[] _ratings = [];
    private DistributionGuideline _guideline = null!;

    [Params(100_000)]
    public int Subjects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        PartyId[] raters = [.. Enumerable.Range(0, RaterCount).Select(i => new PartyId("rater-" + i.ToString("D5", CultureInfo.InvariantCulture)))];
        int[] leniency = [.. Enumerable.Range(0, RaterCount).Select(_ => random.Next(-3, 4))];
        var ratings = new Rating[Subjects * RatingsPerSubject];
        for (int s = 0; s < Subjects; s++)
        {
            var subject = new PartyId("rep-" + s.ToString("D6", CultureInfo.InvariantCulture));
            int performance = random.Next(2, 9); // in half points: 1 to 4.5
            int first = random.Next(RaterCount);
            for (int k = 0; k < RatingsPerSubject; k++)
            {
                int r = (first + (k * 197)) % RaterCount; // ten different raters per subject
                int halfPoints = Math.Clamp(performance + leniency[r] + random.Next(-1, 2), 2, 10);
                ratings[(s * RatingsPerSubject) + k] = new Rating(raters[r], subject, RaterGroup.Manager, halfPoints / 2m);
            }
        }

        _ratings = ratings;
        _guideline = DistributionGuideline.Create([("Top", 20m), ("Core", 70m), ("Bottom", 10m)]);
    }

    /// <summary>The hand-written equivalent: the same figures, computed directly.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        Rating[] ratings = _ratings;
        int n = ratings.Length;

        // Rater effects: per-rater sums, population sums.
        var raterIndex = new Dictionary<PartyId, int>();
        var subjectIndex = new Dictionary<PartyId, int>();
        var raterOf = new int[n];
        var subjectOf = new int[n];
        var count = new List<int>();
        var sum = new List<decimal>();
        var squares = new List<decimal>();
        var subjects = new List<PartyId>();
        decimal total = 0m;
        decimal totalSquares = 0m;
        for (int i = 0; i < n; i++)
        {
            Rating rating = ratings[i];
            if (!raterIndex.TryGetValue(rating.Rater, out int r))
            {
                r = count.Count;
                raterIndex.Add(rating.Rater, r);
                count.Add(0);
                sum.Add(0m);
                squares.Add(0m);
            }

            if (!subjectIndex.TryGetValue(rating.Subject, out int s))
            {
                s = subjects.Count;
                subjectIndex.Add(rating.Subject, s);
                subjects.Add(rating.Subject);
            }

            raterOf[i] = r;
            subjectOf[i] = s;
            decimal v = rating.Value;
            count[r]++;
            sum[r] += v;
            squares[r] += v * v;
            total += v;
            totalSquares += v * v;
        }

        decimal mean = total / n;
        decimal spread = Sqrt((n * totalSquares) - (total * total)) / n;
        var raterMean = new decimal[count.Count];
        var raterSpread = new decimal[count.Count];
        for (int r = 0; r < count.Count; r++)
        {
            raterMean[r] = sum[r] / count[r];
            raterSpread[r] = Sqrt((count[r] * squares[r]) - (sum[r] * sum[r])) / count[r];
        }

        // Normalisation and subject means.
        var subjectSum = new decimal[subjects.Count];
        var subjectCount = new int[subjects.Count];
        for (int i = 0; i < n; i++)
        {
            int r = raterOf[i];
            decimal z = (ratings[i].Value - raterMean[r]) / raterSpread[r];
            decimal adjusted = decimal.Round(Math.Clamp(mean + (z * spread), Scale.Minimum, Scale.Maximum), 12, MidpointRounding.AwayFromZero);
            subjectSum[subjectOf[i]] += adjusted;
            subjectCount[subjectOf[i]]++;
        }

        var scores = new (PartyId Subject, decimal Score)[subjects.Count];
        for (int s = 0; s < scores.Length; s++)
        {
            scores[s] = (subjects[s], decimal.Round(subjectSum[s] / subjectCount[s], 12, MidpointRounding.AwayFromZero));
        }

        // Ranking (competition ranks) and forced distribution by rank, equal scores sharing a band.
        Array.Sort(scores, static (a, b) =>
        {
            int c = b.Score.CompareTo(a.Score);
            return c != 0 ? c : a.Subject.CompareTo(b.Subject);
        });
        var cumulative = new int[Guideline.Length];
        decimal share = 0m;
        for (int k = 0; k < Guideline.Length; k++)
        {
            share += Guideline[k];
            cumulative[k] = (int)decimal.Round(scores.Length * share / 100m, 0, MidpointRounding.AwayFromZero);
        }

        var rank = new int[scores.Length];
        var band = new int[scores.Length];
        int current = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            rank[i] = i > 0 && scores[i].Score == scores[i - 1].Score ? rank[i - 1] : i + 1;
            if (rank[i] == i + 1)
            {
                while (cumulative[current] < i + 1)
                {
                    current++;
                }
            }

            band[i] = current;
        }

        return rank[^1] + band[^1];
    }

    /// <summary>The library: calibrate (validation, rater effects, normalisation, subject means), then a forced distribution and a ranking of the calibrated scores.</summary>
    [Benchmark]
    public int Library()
    {
        CalibrationResult result = RatingCalibration.Calibrate(_ratings, Scale);
        IReadOnlyList<(PartyId Subject, decimal Score)> scores = result.ToScores();
        ForcedDistribution forced = _guideline.Assign(scores);
        Ranking ranking = Ranking.Create(scores);
        return ranking.Entries[^1].Rank + forced.Placements[^1].Band.Index;
    }

    /// <summary>The library's calibration step alone (validation, rater effects, normalisation, subject means).</summary>
    [Benchmark]
    public int CalibrateOnly() => RatingCalibration.Calibrate(_ratings, Scale).Scores.Count;

    private static decimal Sqrt(decimal value)
    {
        if (value <= 0m)
        {
            return 0m;
        }

        decimal guess = (decimal)Math.Sqrt((double)value);
        for (int i = 0; i < 4; i++)
        {
            guess = (guess + (value / guess)) / 2m;
        }

        return guess;
    }
}
