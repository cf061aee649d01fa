using System.Globalization;
using Accountability.Calibration;

namespace Accountability.Reports;

/// <summary>The team's volatility before and after: two bars (hatched before, solid after), each with its percentage written beside it.</summary>
internal static class VolatilityChart
{
    private const decimal Width = 720m;
    private const decimal LabelWidth = 160m;
    private const decimal PlotWidth = 380m;
    private const decimal BarHeight = 18m;
    private const decimal RowHeight = 28m;
    private const decimal Top = 12m;

    public static void Write(SvgMarkup svg, VolatilityComparison volatility)
    {
        (string Class, string Label, decimal Value, int Periods)[] spans =
        [
            ("before", "Before", volatility.Before * 100m, volatility.BeforePeriods),
            ("after", "After", volatility.After * 100m, volatility.AfterPeriods),
        ];
        ChartScale scale = ChartScale.Over(spans.Select(s => s.Value), PlotWidth);
        decimal height = Top + (spans.Length * RowHeight) + 8m;
        svg.Open("volatility", Width, height, "The team's volatility before and after", "Coefficient of variation of the team's measure in each span, hatched before and solid after. " + volatility.Explain());
        svg.Hatch("volatility-hatch");
        for (int i = 0; i < spans.Length; i++)
        {
            (string css, string label, decimal value, int periods) = spans[i];
            decimal y = Top + (i * RowHeight);
            string text = string.Create(CultureInfo.InvariantCulture, $"{Rounding.Format(value, 1)} % over {periods} periods");
            svg.Group("span", label + ": " + text, ("data-span", css));
            svg.Text("label", LabelWidth - 8m, y + 14m, label, "end");
            (decimal start, decimal size) = scale.Bar(value);
            svg.Rect("bar " + css, LabelWidth + start, y, size, BarHeight, i == 0 ? "url(#volatility-hatch)" : null);
            svg.Text("value", LabelWidth + start + size + 6m, y + 14m, text);
            svg.Close();
        }

        svg.Line("zero", LabelWidth + scale.Zero, Top - 4m, LabelWidth + scale.Zero, height - 6m);
        svg.Close();
    }
}
