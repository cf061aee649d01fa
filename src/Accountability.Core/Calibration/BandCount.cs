using System.Globalization;

namespace Accountability.Calibration;

/// <summary>One band of a <see cref="DistributionComparison"/>: the guideline's share and target against the actual count.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BandCount
{
    internal BandCount(GuidelineBand band, int targetCount, int actualCount, int population)
    {
        Band = band;
        TargetCount = targetCount;
        ActualCount = actualCount;
        ActualPercent = CalibrationMath.Grid(actualCount * 100m / population);
    }

    /// <summary>The guideline's band.</summary>
    public GuidelineBand Band { get; }

    /// <summary>How many people the guideline asks for in this band (see <see cref="DistributionGuideline"/> for the rounding).</summary>
    public int TargetCount { get; }

    /// <summary>How many people are in the band.</summary>
    public int ActualCount { get; }

    /// <summary>The actual share of the population in percent, rounded to 12 places.</summary>
    public decimal ActualPercent { get; }

    /// <summary>The deviation: <see cref="ActualCount"/> − <see cref="TargetCount"/> (above zero: more people than the guideline asks for).</summary>
    public int Deviation => ActualCount - TargetCount;

    /// <summary>Returns the band's counts.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Band.Name}: {ActualCount} ({Rounding.Format(ActualPercent, 1)} %) against a target of {TargetCount} ({Band.Percent} %){(Deviation == 0 ? string.Empty : $", {(Deviation > 0 ? "+" : string.Empty)}{Deviation}")}");
}
