using System.Globalization;

namespace Accountability.Calibration;

/// <summary>
/// How the ratings of a subject's rater groups (self, manager, peers, direct reports) combine into one figure: a weight
/// per group, an anonymity minimum per group below which the group's individual ratings are never revealed, and what
/// happens to such a group (<see cref="AnonymityFallback"/>). Groups not listed weigh nothing, are never shown, and are
/// reported as such.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <example>
/// <code>
/// MultiRaterPolicy policy = MultiRaterPolicy.Create(
///     [(RaterGroup.Manager, 50m, 1), (RaterGroup.Peer, 30m, 3), (RaterGroup.DirectReport, 20m, 3), (RaterGroup.Self, 0m, 1)],
///     AnonymityFallback.Exclude);
/// </code>
/// </example>
public sealed class MultiRaterPolicy
{
    private readonly decimal?[] _weights;
    private readonly int[] _minimums;

    private MultiRaterPolicy(decimal?[] weights, int[] minimums, AnonymityFallback fallback)
    {
        _weights = weights;
        _minimums = minimums;
        Fallback = fallback;
    }

    /// <summary>What happens to a group below its anonymity minimum.</summary>
    public AnonymityFallback Fallback { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="groups">Per group: its weight (at or above zero; weights are relative and need not add up to 100) and its anonymity minimum (at least 1).</param>
    /// <param name="fallback">What happens to a group below its minimum.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fallback"/> is unknown.</exception>
    /// <exception cref="AccountabilityException">A group is unknown or listed twice, a weight is negative, every weight is zero, or a minimum is below 1 (every problem is listed).</exception>
    public static MultiRaterPolicy Create(IEnumerable<(RaterGroup Group, decimal Weight, int AnonymityMinimum)> groups, AnonymityFallback fallback = AnonymityFallback.Exclude)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (!Enum.IsDefined(fallback))
        {
            throw new ArgumentOutOfRangeException(nameof(fallback), fallback, "Unknown anonymity fallback.");
        }

        (RaterGroup Group, decimal Weight, int AnonymityMinimum)[] items = [.. groups];
        var problems = new ProblemCollector();
        int groupCount = Enum.GetValues<RaterGroup>().Length;
        var weights = new decimal?[groupCount];
        var minimums = new int[groupCount];
        Array.Fill(minimums, 1);
        bool anyWeight = false;
        for (int i = 0; i < items.Length; i++)
        {
            string at = ProblemPath.Index("groups", i);
            (RaterGroup group, decimal weight, int minimum) = items[i];
            if (!Enum.IsDefined(group))
            {
                problems.Error(ProblemPath.Join(at, "group"), CalibrationProblemCodes.RaterGroupUnknown, string.Create(CultureInfo.InvariantCulture, $"The rater group {(int)group} is not defined."), group);
                continue;
            }

            if (weights[(int)group] is not null)
            {
                problems.Error(ProblemPath.Join(at, "group"), CalibrationProblemCodes.RaterGroupUnknown, $"The rater group {group} is listed twice.", group);
            }

            if (weight < 0m)
            {
                problems.Error(ProblemPath.Join(at, "weight"), CalibrationProblemCodes.WeightInvalid, string.Create(CultureInfo.InvariantCulture, $"The weight of {group} must be at or above zero; {weight} given."), weight);
            }
            else
            {
                anyWeight |= weight > 0m;
            }

            if (minimum < 1)
            {
                problems.Error(ProblemPath.Join(at, "anonymityMinimum"), CalibrationProblemCodes.AnonymityMinimumInvalid, string.Create(CultureInfo.InvariantCulture, $"The anonymity minimum of {group} must be at least 1; {minimum} given."), minimum);
            }

            weights[(int)group] = weight;
            minimums[(int)group] = minimum;
        }

        if (!problems.HasErrors && !anyWeight)
        {
            problems.Error("groups", CalibrationProblemCodes.WeightInvalid, "At least one rater group must weigh more than zero.");
        }

        problems.ThrowIfErrors();
        return new MultiRaterPolicy(weights, minimums, fallback);
    }

    /// <summary>The weight of a group; 0 for a group the policy does not list.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The weight.</returns>
    public decimal WeightOf(RaterGroup group) => _weights[Checked(group)] ?? 0m;

    /// <summary>The anonymity minimum of a group; 1 for a group the policy does not list (whose ratings are never shown all the same).</summary>
    /// <param name="group">The group.</param>
    /// <returns>The fewest raters whose individual ratings may be revealed.</returns>
    public int AnonymityMinimumOf(RaterGroup group) => _minimums[Checked(group)];

    /// <summary>Whether the policy lists the group.</summary>
    /// <param name="group">The group.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool Lists(RaterGroup group) => _weights[Checked(group)] is not null;

    private static int Checked(RaterGroup group) =>
        Enum.IsDefined(group) ? (int)group : throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown rater group.");
}
