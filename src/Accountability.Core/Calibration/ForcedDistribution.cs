using System.Globalization;
using System.Text;

namespace Accountability.Calibration;

/// <summary>
/// Bands assigned by rank to meet a <see cref="DistributionGuideline"/> (see <see cref="DistributionGuideline.Assign"/>
/// for the rule): every subject's band, the counts against the guideline, and the groups of equal scores that forced a
/// deviation.
/// </summary>
/// <remarks>Every subject gets exactly one band and equal scores get equal bands. Immutable and thread-safe.</remarks>
public sealed class ForcedDistribution
{
    private readonly BandPlacement[] _placements;
    private readonly TieDeviation[] _ties;
    private Dictionary<PartyId, BandPlacement>? _bySubject;

    private ForcedDistribution(DistributionGuideline guideline, RankOrder order, BandPlacement[] placements, TieDeviation[] ties, int[] counts)
    {
        Guideline = guideline;
        Order = order;
        _placements = placements;
        _ties = ties;
        Comparison = new DistributionComparison(guideline, counts);
    }

    /// <summary>The guideline met.</summary>
    public DistributionGuideline Guideline { get; }

    /// <summary>Which end of the scores was best.</summary>
    public RankOrder Order { get; }

    /// <summary>Every subject's band, best first.</summary>
    public IReadOnlyList<BandPlacement> Placements => _placements;

    /// <summary>The counts per band against the guideline's targets.</summary>
    public DistributionComparison Comparison { get; }

    /// <summary>The groups of equal scores that reached past their band's target range, best first; empty when ties forced no deviation.</summary>
    public IReadOnlyList<TieDeviation> TieDeviations => _ties;

    /// <summary>Finds a subject's band.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The placement, or <see langword="null"/> when the subject was not in the population.</returns>
    public BandPlacement? Find(PartyId subject) =>
        LazyInitializer.EnsureInitialized(ref _bySubject, () => _placements.ToDictionary(p => p.Subject)).GetValueOrDefault(subject);

    /// <summary>The (subject, band name) pairs, best first, as <see cref="DistributionGuideline.Compare"/> takes them.</summary>
    /// <returns>The pairs.</returns>
    public IReadOnlyList<(PartyId Subject, string Band)> ToPlacements() => [.. _placements.Select(p => (p.Subject, p.Band.Name))];

    /// <summary>Explains the distribution: the rule, the counts against the guideline, and each deviation ties forced.</summary>
    /// <returns>Text, made only when asked.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Forced distribution of {_placements.Length} people by rank ({(Order == RankOrder.HighestFirst ? "highest" : "lowest")} score first); people with equal scores share the band of the best-placed of them.")
            .Append(Comparison.Explain());
        foreach (TieDeviation tie in _ties)
        {
            text.Append("  Tie: ").AppendLine(tie.ToString());
        }

        return text.ToString();
    }

    internal static ForcedDistribution Create(DistributionGuideline guideline, (PartyId Subject, decimal Score)[] sorted, int[] cumulative, RankOrder order)
    {
        int n = sorted.Length;
        var placements = new BandPlacement[n];
        var counts = new int[cumulative.Length];
        var ties = new List<TieDeviation>();
        int band = 0;
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && sorted[end].Score == sorted[start].Score)
            {
                end++;
            }

            // The band whose target range holds the group's first position (positions are 1-based: start + 1).
            while (cumulative[band] < start + 1)
            {
                band++;
            }

            GuidelineBand assigned = guideline.Bands[band];
            int limit = cumulative[band];
            for (int i = start; i < end; i++)
            {
                placements[i] = new BandPlacement(sorted[i].Subject, sorted[i].Score, i + 1, start + 1, assigned, i + 1 > limit);
            }

            counts[band] += end - start;
            if (end > limit)
            {
                PartyId[] subjects = [.. sorted[start..end].Select(s => s.Subject)];
                ties.Add(new TieDeviation(sorted[start].Score, subjects, assigned, start + 1, end, end - limit));
            }

            start = end;
        }

        return new ForcedDistribution(guideline, order, placements, [.. ties], counts);
    }
}
