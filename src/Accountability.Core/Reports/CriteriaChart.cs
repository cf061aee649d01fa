using System.Globalization;
using Accountability.Scoring;

namespace Accountability.Reports;

/// <summary>
/// The score of each criterion against the target score: one horizontal bar per criterion (a criterion without a score
/// gets a bar of no length and says why), a dashed mark at the target, every score written beside its bar.
/// </summary>
internal static class CriteriaChart
{
    /// <summary>The score that means "on target" for the built-in rules (ratio, linear, banded and rating scales score 100 at target).</summary>
    public const decimal TargetScore = 100m;

    /// <summary>The longest label kept whole, in characters.</summary>
    public const int LabelLength = 28;

    private const decimal Width = 720m;
    private const decimal LabelWidth = 210m;
    private const decimal PlotWidth = 380m;
    private const decimal RowHeight = 26m;
    private const decimal BarHeight = 16m;
    private const decimal Top = 28m;

    public static void Write(SvgMarkup svg, ScorecardResult result)
    {
        const string title = "Score by criterion against the target";
        IReadOnlyList<CriterionResult> criteria = result.Criteria;
        if (criteria.Count == 0)
        {
            svg.NoData("criteria", title, "the scorecard has no criteria.");
            return;
        }

        ChartScale scale = ChartScale.Over(criteria.Where(c => c.Score is not null).Select(c => c.Score!.Value).Append(TargetScore), PlotWidth);
        decimal height = Top + (criteria.Count * RowHeight) + 8m;
        svg.Open("criteria", Width, height, title, string.Create(CultureInfo.InvariantCulture, $"One bar per criterion of {result.ScorecardName} for {result.Subject}, each bar's length its score; the dashed line marks the target score of {Rounding.Format(TargetScore)}. Scores run from {Rounding.Format(scale.Minimum)} to {Rounding.Format(scale.Maximum)}."));
        decimal target = LabelWidth + scale.Position(TargetScore);
        svg.Text("axis-label", target, 14m, "target " + Rounding.Format(TargetScore), "middle");
        for (int i = 0; i < criteria.Count; i++)
        {
            CriterionResult criterion = criteria[i];
            decimal y = Top + (i * RowHeight);
            string name = ChartText.Clean(criterion.Criterion.Name);
            string value = criterion.Score is { } score ? Rounding.Format(score) : NotScored(criterion.Status);
            svg.Group("criterion", name + ": " + value, ("data-criterion", criterion.CriterionId.Value));
            svg.Text("label", LabelWidth - 8m, y + 13m, ChartText.Fit(name, LabelLength), "end");
            (decimal start, decimal size) = criterion.Score is { } s ? scale.Bar(s) : (scale.Zero, 0m);
            string met = criterion.Score >= TargetScore ? " met" : string.Empty;
            svg.Rect("bar" + met, LabelWidth + start, y, size, BarHeight);
            svg.Text("value", LabelWidth + Math.Max(start + size, scale.Zero) + 6m, y + 13m, value + (met.Length > 0 ? " ✓" : string.Empty));
            svg.Close();
        }

        svg.Line("zero", LabelWidth + scale.Zero, Top - 4m, LabelWidth + scale.Zero, height - 6m);
        svg.Line("target", target, Top - 8m, target, height - 4m);
        svg.Close();
    }

    private static string NotScored(CriterionStatus status) => status switch
    {
        CriterionStatus.NotApplicable => "not applicable",
        CriterionStatus.MissingExcluded => "missing, left out",
        _ => "not scored",
    };
}
