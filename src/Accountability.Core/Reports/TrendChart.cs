using System.Globalization;
using Accountability.Calibration;

namespace Accountability.Reports;

/// <summary>
/// Each participant's trend, one row each (the report's subject marked "this report"): a line through their values by
/// period on a scale shared by every row, a point per value, and the first and last values, the change and the
/// volatility written beside it.
/// </summary>
internal static class TrendChart
{
    private const decimal Width = 720m;
    private const decimal LabelWidth = 170m;
    private const decimal PlotWidth = 300m;
    private const decimal RowHeight = 40m;
    private const decimal PlotHeight = 28m;
    private const decimal Top = 24m;

    public static void Write(SvgMarkup svg, IReadOnlyList<SubjectTrend> trends, PartyId subject)
    {
        const string title = "Each person's trend";
        if (trends.Count == 0)
        {
            svg.NoData("trends", title, "no trend was given.");
            return;
        }

        // The periods in the order they first appear; each person's points sit in their period's column.
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (SubjectTrend trend in trends)
        {
            foreach ((string period, _) in trend.Points)
            {
                columns.TryAdd(period, columns.Count);
            }
        }

        ChartScale scale = ChartScale.Over(trends.SelectMany(t => t.Points.Select(p => p.Value)), PlotHeight);
        decimal height = Top + (trends.Count * RowHeight) + 8m;
        string[] periods = [.. columns.OrderBy(c => c.Value).Select(c => c.Key)];
        svg.Open("trends", Width, height, title, string.Create(CultureInfo.InvariantCulture, $"{trends.Count} people over {periods.Length} periods ({string.Join(", ", periods)}), one row each on a shared scale from {scale.Minimum} to {scale.Maximum}; a point per value, with the first and last values, the change and the volatility written at the end of the row."));
        foreach (string period in periods)
        {
            svg.Text("axis-label", X(columns[period], periods.Length), 14m, ChartText.Fit(ChartText.Clean(period), 10), "middle");
        }

        for (int i = 0; i < trends.Count; i++)
        {
            SubjectTrend trend = trends[i];
            decimal rowTop = Top + (i * RowHeight);
            bool own = trend.Subject == subject;
            string who = ChartText.Clean(trend.Subject.Value);
            string summary = string.Create(CultureInfo.InvariantCulture, $"{trend.First} → {trend.Last} ({ReportMarkdown.Signed(trend.Change)}), volatility {ReportMarkdown.VolatilityText(trend)}");
            svg.Group(own ? "trend subject" : "trend", who + ": " + summary, ("data-subject", who));
            svg.Text("label", LabelWidth - 8m, rowTop + 18m, (own ? "▶ " : string.Empty) + ChartText.Fit(who, 20), "end");
            (decimal X, decimal Y)[] points = [.. trend.Points.Select(p => (X(columns[p.Period], periods.Length), rowTop + PlotHeight - scale.Position(p.Value)))];
            svg.Polyline("line", points);
            for (int k = 0; k < points.Length; k++)
            {
                svg.Circle("point", points[k].X, points[k].Y, 3m, string.Create(CultureInfo.InvariantCulture, $"{who}, {trend.Points[k].Period}: {trend.Points[k].Value}"));
            }

            svg.Text("value", LabelWidth + PlotWidth + 16m, rowTop + 18m, summary + (own ? " (this report)" : string.Empty));
            svg.Close();
        }

        svg.Close();
    }

    private static decimal X(int column, int columns) =>
        LabelWidth + (columns == 1 ? PlotWidth / 2m : Rounding.Round(column * PlotWidth / (columns - 1), ChartScale.Places));
}
