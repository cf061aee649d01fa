using System.Globalization;

namespace Accountability.Calibration;

/// <summary>
/// A guideline for how a population should spread over bands, such as 20 / 70 / 10 % — listed <b>top band first</b>.
/// The shares must add up to exactly 100 %.
/// </summary>
/// <remarks>
/// <para>
/// <b>Target counts.</b> For a population of <c>n</c>, band <c>k</c>'s target is <c>C(k) − C(k−1)</c>, where
/// <c>C(k)</c> is the cumulative share of bands 0..k times <c>n</c>, rounded to a whole person half away from zero
/// (<see cref="Rounding.Mode"/>). The targets add up to <c>n</c> exactly and never depend on order: 20/70/10 % of 7
/// people is 1 (1.4), 5 (6.3 → 6, minus 1), 1.
/// </para>
/// Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// DistributionGuideline guideline = DistributionGuideline.Create([("Top", 20m), ("Core", 70m), ("Bottom", 10m)]);
/// ForcedDistribution forced = guideline.Assign(result.ToScores());
/// DistributionComparison check = guideline.Compare(placements);
/// </code>
/// </example>
public sealed class DistributionGuideline
{
    private readonly GuidelineBand[] _bands;

    private DistributionGuideline(GuidelineBand[] bands) => _bands = bands;

    /// <summary>The bands, top band first.</summary>
    public IReadOnlyList<GuidelineBand> Bands => _bands;

    /// <summary>Creates a guideline from (band, percent) pairs, top band first.</summary>
    /// <param name="bands">The bands and their shares in percent; the shares add up to 100.</param>
    /// <returns>The guideline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    /// <exception cref="AccountabilityException">
    /// There is no band, a name is empty or repeated, a share is negative or above 100
    /// (<see cref="CalibrationProblemCodes.GuidelineShareInvalid"/>), or the shares do not add up to 100
    /// (<see cref="CalibrationProblemCodes.GuidelineNotHundredPercent"/>); every problem is listed.
    /// </exception>
    public static DistributionGuideline Create(IEnumerable<(string Band, decimal Percent)> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        (string Band, decimal Percent)[] items = [.. bands];
        var problems = new ProblemCollector();
        if (items.Length == 0)
        {
            problems.Error("bands", CalibrationProblemCodes.GuidelineBandInvalid, "A guideline needs at least one band.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        decimal total = 0m;
        bool sharesValid = true;
        for (int i = 0; i < items.Length; i++)
        {
            string at = ProblemPath.Index("bands", i);
            (string name, decimal percent) = items[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Error(ProblemPath.Join(at, "name"), CalibrationProblemCodes.GuidelineBandInvalid, "A band needs a name.", name);
            }
            else if (!names.Add(name))
            {
                problems.Error(ProblemPath.Join(at, "name"), CalibrationProblemCodes.GuidelineBandInvalid, $"The band name '{name}' is used twice.", name);
            }

            if (percent < 0m || percent > 100m)
            {
                sharesValid = false;
                problems.Error(ProblemPath.Join(at, "percent"), CalibrationProblemCodes.GuidelineShareInvalid, string.Create(CultureInfo.InvariantCulture, $"A band's share must be from 0 to 100 %; '{name}' has {percent} %."), percent);
            }
            else
            {
                total += percent;
            }
        }

        if (sharesValid && items.Length > 0 && total != 100m)
        {
            problems.Error("bands", CalibrationProblemCodes.GuidelineNotHundredPercent, string.Create(CultureInfo.InvariantCulture, $"The shares of a guideline must add up to 100 %; these add up to {total} %."), total);
        }

        problems.ThrowIfErrors();
        return new DistributionGuideline([.. items.Select((b, i) => new GuidelineBand(b.Band, b.Percent, i))]);
    }

    /// <summary>Finds a band by name.</summary>
    /// <param name="name">The band's name.</param>
    /// <returns>The band, or <see langword="null"/>.</returns>
    public GuidelineBand? FindBand(string name) => Array.Find(_bands, b => string.Equals(b.Name, name, StringComparison.Ordinal));

    /// <summary>The target number of people in each band for a population of <paramref name="population"/> (top band first).</summary>
    /// <param name="population">The population size; at or above zero.</param>
    /// <returns>The targets, adding up to <paramref name="population"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is negative.</exception>
    public IReadOnlyList<int> TargetCounts(int population)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        return Targets(Cumulative(population));
    }

    /// <summary>Compares where subjects are placed with the guideline: per band, the target, the actual count and the deviation.</summary>
    /// <param name="placements">Each subject's band (by name); at least one subject, each once.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placements"/> is null.</exception>
    /// <exception cref="AccountabilityException">There are no subjects, a subject is missing or repeated, or a band is not in the guideline (every problem is listed).</exception>
    public DistributionComparison Compare(IEnumerable<(PartyId Subject, string Band)> placements)
    {
        ArgumentNullException.ThrowIfNull(placements);
        (PartyId Subject, string Band)[] items = [.. placements];
        var problems = new ProblemCollector();
        if (items.Length == 0)
        {
            problems.Error("placements", CalibrationProblemCodes.EmptyPopulation, "A distribution needs at least one subject.");
        }

        var seen = new HashSet<PartyId>(items.Length);
        var counts = new int[_bands.Length];
        for (int i = 0; i < items.Length; i++)
        {
            string at = ProblemPath.Index("placements", i);
            (PartyId subject, string band) = items[i];
            if (subject.IsDefault)
            {
                problems.Error(ProblemPath.Join(at, "subject"), CalibrationProblemCodes.PartyMissing, "A placement needs a subject.");
            }
            else if (!seen.Add(subject))
            {
                problems.Error(ProblemPath.Join(at, "subject"), CalibrationProblemCodes.DuplicateSubject, $"The subject '{subject}' is placed more than once.", subject.Value);
            }

            GuidelineBand? found = band is null ? null : FindBand(band);
            if (found is null)
            {
                problems.Error(ProblemPath.Join(at, "band"), CalibrationProblemCodes.BandUnknown, $"The band '{band}' is not in the guideline ({string.Join(", ", _bands.Select(b => b.Name))}).", band);
            }
            else
            {
                counts[found.Index]++;
            }
        }

        problems.ThrowIfErrors();
        return new DistributionComparison(this, counts);
    }

    /// <summary>
    /// Assigns bands by rank to meet the guideline (a guided or forced distribution). Subjects are ranked best first
    /// (ties by identifier); the subject at position <c>p</c> goes to the band whose target range holds <c>p</c>.
    /// <b>Tie rule:</b> people with identical scores always get the same band — the band of the best-placed of them
    /// (the benefit of the doubt). Where such a group reaches past its band's target range, the band holds more than its
    /// target (and a lower band fewer); <see cref="ForcedDistribution.TieDeviations"/> lists each such group.
    /// </summary>
    /// <param name="scores">One score per subject; at least one.</param>
    /// <param name="order">Which end of the scores is best; the highest by default.</param>
    /// <returns>The bands of every subject, the counts against the guideline, and the deviations ties forced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is unknown.</exception>
    /// <exception cref="AccountabilityException">There are no scores, or a subject is missing or repeated.</exception>
    public ForcedDistribution Assign(IEnumerable<(PartyId Subject, decimal Score)> scores, RankOrder order = RankOrder.HighestFirst)
    {
        SubjectScores.CheckOrder(order);
        (PartyId Subject, decimal Score)[] items = SubjectScores.Read(scores);
        if (items.Length == 0)
        {
            throw Statistics.Error("scores", CalibrationProblemCodes.EmptyPopulation, "A forced distribution needs at least one subject.");
        }

        SubjectScores.SortBestFirst(items, order);
        return ForcedDistribution.Create(this, items, Cumulative(items.Length), order);
    }

    internal static int[] Targets(int[] cumulative)
    {
        var targets = new int[cumulative.Length];
        for (int k = 0; k < cumulative.Length; k++)
        {
            targets[k] = cumulative[k] - (k == 0 ? 0 : cumulative[k - 1]);
        }

        return targets;
    }

    /// <summary>C(k): the rounded cumulative targets, top band first; the last is the population.</summary>
    internal int[] Cumulative(int population)
    {
        var cumulative = new int[_bands.Length];
        decimal share = 0m;
        for (int k = 0; k < _bands.Length; k++)
        {
            share += _bands[k].Percent;
            cumulative[k] = k == _bands.Length - 1 ? population : (int)decimal.Round(population * share / 100m, 0, Rounding.Mode);
        }

        return cumulative;
    }
}
