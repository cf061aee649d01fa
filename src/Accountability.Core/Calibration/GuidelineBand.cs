using System.Globalization;

namespace Accountability.Calibration;

/// <summary>One band of a <see cref="DistributionGuideline"/>: its name and the share of the population it should hold.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GuidelineBand
{
    internal GuidelineBand(string name, decimal percent, int index)
    {
        Name = name;
        Percent = percent;
        Index = index;
    }

    /// <summary>The band's name.</summary>
    public string Name { get; }

    /// <summary>The share of the population the band should hold, in percent (0 to 100).</summary>
    public decimal Percent { get; }

    /// <summary>The band's position in the guideline, 0 for the top band.</summary>
    public int Index { get; }

    /// <summary>Returns the band as <c>name: percent %</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: {Percent} %");
}
