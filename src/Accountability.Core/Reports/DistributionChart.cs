using System.Globalization;
using Accountability.Calibration;

namespace Accountability.Reports;

/// <summary>
/// The team's spread over the bands against the guideline: per band, a hatched bar for the guideline's share and a solid
/// bar for the actual share, each with its percentage and head count written beside it.
/// </summary>
internal static class DistributionChart
{
    private const decimal Width = 720m;
    private const decimal LabelWidth = 160m;
    private const decimal PlotWidth = 380m;
    private const decimal BarHeight = 14m;
    private const decimal RowHeight = 44m;
    private const decimal Top = 12m;

    public static void Write(SvgMarkup svg, DistributionComparison distribution)
    {
        const string title = "The team's distribution against the guideline";
        IReadOnlyList<BandCount> bands = distribution.Bands;
        if (bands.Count == 0 || distribution.Population == 0)
        {
            svg.NoData("distribution", title, "nobody was placed.");
            return;
        }

        ChartScale scale = ChartScale.Over(bands.SelectMany(b => new[] { b.Band.Percent, b.ActualPercent }), PlotWidth);
        decimal height = Top + (bands.Count * RowHeight) + 8m;
        svg.Open("distribution", Width, height, title, string.Create(CultureInfo.InvariantCulture, $"{distribution.Population} people over {bands.Count} bands, top band first. For each band the hatched bar is the guideline's share and the solid bar the actual share; {(distribution.MeetsGuideline ? "every band meets its target" : "some bands deviate from their target")}."));
        svg.Hatch("distribution-hatch");
        for (int i = 0; i < bands.Count; i++)
        {
            BandCount band = bands[i];
            decimal y = Top + (i * RowHeight);
            string name = ChartText.Clean(band.Band.Name);
            svg.Group("band", band.ToString(), ("data-band", name));
            svg.Text("label", LabelWidth - 8m, y + 19m, ChartText.Fit(name, 20), "end");
            (decimal gStart, decimal gSize) = scale.Bar(band.Band.Percent);
            svg.Rect("bar guideline", LabelWidth + gStart, y, gSize, BarHeight, "url(#distribution-hatch)");
            svg.Text("value", LabelWidth + gStart + gSize + 6m, y + 11m, string.Create(CultureInfo.InvariantCulture, $"guideline {band.Band.Percent} % ({People(band.TargetCount)})"));
            (decimal aStart, decimal aSize) = scale.Bar(band.ActualPercent);
            svg.Rect("bar actual", LabelWidth + aStart, y + BarHeight + 2m, aSize, BarHeight);
            string deviation = band.Deviation == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {(band.Deviation > 0 ? "+" : string.Empty)}{band.Deviation}");
            svg.Text("value", LabelWidth + aStart + aSize + 6m, y + BarHeight + 13m, string.Create(CultureInfo.InvariantCulture, $"actual {Rounding.Format(band.ActualPercent, 1)} % ({People(band.ActualCount)}{deviation})"));
            svg.Close();
        }

        svg.Line("zero", LabelWidth + scale.Zero, Top - 4m, LabelWidth + scale.Zero, height - 6m);
        svg.Close();
    }

    private static string People(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " person" : " people");
}
