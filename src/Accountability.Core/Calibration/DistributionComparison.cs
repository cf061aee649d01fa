using System.Globalization;
using System.Text;

namespace Accountability.Calibration;

/// <summary>A population's spread over bands compared with a <see cref="DistributionGuideline"/>: where it deviates, and by how many people.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DistributionComparison
{
    private readonly BandCount[] _bands;

    internal DistributionComparison(DistributionGuideline guideline, int[] actual)
    {
        Guideline = guideline;
        Population = actual.Sum();
        int[] targets = DistributionGuideline.Targets(guideline.Cumulative(Population));
        _bands = [.. guideline.Bands.Select((b, k) => new BandCount(b, targets[k], actual[k], Population))];
    }

    /// <summary>The guideline compared with.</summary>
    public DistributionGuideline Guideline { get; }

    /// <summary>How many people were placed.</summary>
    public int Population { get; }

    /// <summary>Per band, top band first: target, actual count and deviation.</summary>
    public IReadOnlyList<BandCount> Bands => _bands;

    /// <summary>Whether every band holds exactly its target count.</summary>
    public bool MeetsGuideline => Array.TrueForAll(_bands, b => b.Deviation == 0);

    /// <summary>The bands that deviate from their target, top band first.</summary>
    public IReadOnlyList<BandCount> Deviations => [.. _bands.Where(b => b.Deviation != 0)];

    /// <summary>Explains the comparison, one line per band.</summary>
    /// <returns>Text, made only when asked.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Distribution of {Population} people against the guideline {string.Join(" / ", Guideline.Bands.Select(b => b.Percent.ToString(CultureInfo.InvariantCulture)))} %: {(MeetsGuideline ? "meets it exactly" : "deviates")}.");
        foreach (BandCount band in _bands)
        {
            text.Append("  ").AppendLine(band.ToString());
        }

        return text.ToString();
    }
}
