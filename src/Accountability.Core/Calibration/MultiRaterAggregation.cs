using System.Globalization;
using Accountability.Scoring;

namespace Accountability.Calibration;

/// <summary>
/// Combines each subject's ratings from self, manager, peers and direct reports into one figure under a
/// <see cref="MultiRaterPolicy"/> — never revealing the ratings of a group below its anonymity minimum — and explains
/// how the figure came about. Linear in the number of ratings. Stateless and thread-safe.
/// </summary>
public static class MultiRaterAggregation
{
    private static readonly RaterGroup[] AllGroups = Enum.GetValues<RaterGroup>();

    /// <summary>Aggregates the ratings of every subject.</summary>
    /// <param name="ratings">The ratings (calibrated ones, such as <see cref="CalibrationResult.CalibratedRatings"/>, or as given); at least one.</param>
    /// <param name="scale">The rating scale.</param>
    /// <param name="policy">The weights and anonymity minimums.</param>
    /// <returns>One figure per subject, in identifier order.</returns>
    /// <exception cref="ArgumentNullException">An argument or a rating is null.</exception>
    /// <exception cref="AccountabilityException">There are no ratings, or they are bad (see <see cref="RatingCalibration.Calibrate"/>); every problem is listed.</exception>
    public static IReadOnlyList<MultiRaterScore> Aggregate(IEnumerable<Rating> ratings, ScoreScale scale, MultiRaterPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(policy);
        Rating[] items = [.. ratings];
        RatingSet set = RatingSet.Read(items, scale);
        var scores = new MultiRaterScore[set.Subjects.Length];
        var byGroup = new List<Rating>[AllGroups.Length];
        for (int g = 0; g < byGroup.Length; g++)
        {
            byGroup[g] = [];
        }

        for (int s = 0; s < scores.Length; s++)
        {
            foreach (List<Rating> list in byGroup)
            {
                list.Clear();
            }

            for (int j = set.SubjectStart[s]; j < set.SubjectStart[s + 1]; j++)
            {
                Rating rating = items[set.SubjectRatings[j]];
                byGroup[(int)rating.Group].Add(rating);
            }

            scores[s] = CalibrationMath.Checked(ProblemPath.Key("subjects", set.Subjects[s].Value), () => Score(set.Subjects[s], byGroup, policy));
        }

        return scores;
    }

    private static MultiRaterScore Score(PartyId subject, List<Rating>[] byGroup, MultiRaterPolicy policy)
    {
        // First pass: which groups count on their own, which go to the pool.
        int groupCount = AllGroups.Length;
        var means = new decimal?[groupCount];
        var counted = new bool[groupCount];
        decimal totalWeight = 0m;
        decimal weighted = 0m;
        int poolCount = 0;
        decimal poolSum = 0m;
        decimal poolWeight = 0m;
        int poolMinimum = 0;
        for (int g = 0; g < groupCount; g++)
        {
            List<Rating> list = byGroup[g];
            if (list.Count == 0)
            {
                continue;
            }

            RaterGroup group = AllGroups[g];
            decimal sum = 0m;
            foreach (Rating r in list)
            {
                sum += r.Value;
            }

            decimal weight = policy.WeightOf(group);
            if (policy.Lists(group) && list.Count >= policy.AnonymityMinimumOf(group))
            {
                means[g] = sum / list.Count;
                if (weight > 0m)
                {
                    counted[g] = true;
                    totalWeight += weight;
                    weighted += weight * means[g]!.Value;
                }
            }
            else if (policy.Fallback == AnonymityFallback.Pool && weight > 0m)
            {
                poolCount += list.Count;
                poolSum += sum;
                poolWeight += weight;
                poolMinimum = Math.Max(poolMinimum, policy.AnonymityMinimumOf(group));
            }
        }

        bool poolCounts = poolCount > 0 && poolCount >= poolMinimum;
        decimal? poolMean = poolCounts ? poolSum / poolCount : null;
        if (poolCounts)
        {
            totalWeight += poolWeight;
            weighted += poolWeight * poolMean!.Value;
        }

        // Second pass: the groups' parts and notes.
        var groups = new List<RaterGroupScore>(groupCount);
        for (int g = 0; g < groupCount; g++)
        {
            List<Rating> list = byGroup[g];
            if (list.Count == 0)
            {
                continue;
            }

            RaterGroup group = AllGroups[g];
            decimal weight = policy.WeightOf(group);
            int minimum = policy.AnonymityMinimumOf(group);
            bool revealed = policy.Lists(group) && list.Count >= minimum;
            bool pooled = !revealed && policy.Fallback == AnonymityFallback.Pool && weight > 0m;
            string note = !policy.Lists(group) ? "the policy does not list this group: not counted, its ratings and mean not shown"
                : revealed && weight == 0m ? "weighs nothing under the policy; shown, not counted"
                : revealed ? "counted"
                : pooled ? string.Create(CultureInfo.InvariantCulture, $"below its anonymity minimum of {minimum}: pooled with the other raters, its own ratings and mean not shown")
                : string.Create(CultureInfo.InvariantCulture, $"below its anonymity minimum of {minimum}: left out, its ratings and mean not shown");
            decimal effective = counted[g] ? CalibrationMath.Grid(weight / totalWeight) : 0m;
            groups.Add(new RaterGroupScore(
                group,
                list.Count,
                weight,
                effective,
                means[g] is { } m ? CalibrationMath.Grid(m) : null,
                revealed,
                pooled,
                revealed ? [.. list.OrderBy(r => r.Rater)] : [],
                note));
        }

        string? poolNote = poolCount == 0 ? null
            : poolCounts ? string.Create(CultureInfo.InvariantCulture, $"{poolCount} ratings from groups below their minimums, pooled (at least {poolMinimum} needed), weight {poolWeight}")
            : string.Create(CultureInfo.InvariantCulture, $"{poolCount} ratings from groups below their minimums, fewer than the {poolMinimum} a pool needs: left out, not shown");
        decimal? score = totalWeight > 0m ? CalibrationMath.Grid(weighted / totalWeight) : null;
        string? reason = score is null ? "no rater group with weight has enough raters to count" : null;
        return new MultiRaterScore(
            subject,
            score,
            reason,
            [.. groups],
            poolCount,
            poolMean is { } pm ? CalibrationMath.Grid(pm) : null,
            poolCounts ? CalibrationMath.Grid(poolWeight / totalWeight) : 0m,
            poolNote);
    }
}
