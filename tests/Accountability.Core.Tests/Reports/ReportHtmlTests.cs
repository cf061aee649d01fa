using System.Globalization;
using System.Xml.Linq;
using Accountability.Calibration;
using Accountability.Criteria;
using Accountability.Reports;
using Accountability.Reviews;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accountability.Tests.Reports;

public class ReportHtmlTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateInterval Q1 = ReportingPeriod.Quarter(2026, 1);
    private static readonly PartyId[] Team = ["ana", "bo", "cy"];

    private static ReviewCycle Cycle(IEnumerable<PartyId>? participants = null) =>
        ReviewCycle.Create("Q1 review", Q1, participants ?? Team, null, "lee", Instant.FromUtc(2026, 4, 2, 9, 0));

    private static ScorecardResult Result(PartyId subject, IReadOnlyList<(string Name, decimal Actual)> criteria)
    {
        ScorecardBuilder card = Scorecard.CreateBuilder("rep", "Rep").UseRelativeWeights();
        for (int i = 0; i < criteria.Count; i++)
        {
            card.Add(new PerformanceCriterion("c" + i.ToString(CultureInfo.InvariantCulture), criteria[i].Name, "%", CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(100m, 150m)), 1m);
        }

        ActualsBuilder actuals = Actuals.For(subject);
        for (int i = 0; i < criteria.Count; i++)
        {
            actuals.Value("c" + i.ToString(CultureInfo.InvariantCulture), criteria[i].Actual);
        }

        return card.Build().Score(actuals.Build());
    }

    private static AccountabilityReport FullReport(IReadOnlyList<(string Name, decimal Actual)> criteria) =>
        AccountabilityReport.Create("ana", Cycle())
            .WithResult(Result("ana", criteria))
            .WithDistribution(DistributionGuideline.Create([("Top", 20m), ("Core", 70m), ("Bottom", 10m)]).Compare([("ana", "Top"), ("bo", "Core"), ("cy", "Core")]))
            .WithTrends([
                SubjectTrend.Create("ana", [("Jan", 10m), ("Feb", 12m), ("Mar", 9m)]),
                SubjectTrend.Create("bo", [("Jan", 8m), ("Feb", 8m), ("Mar", 11m)]),
                SubjectTrend.Create("cy", [("Mar", 4m)]),
            ])
            .WithVolatility(VolatilityComparison.Compare([("2025-01", 2m), ("2025-02", 4m)], [("2026-01", 3m), ("2026-02", 3.2m)]))
            .Build();

    private static XElement Chart(XDocument page, string name) =>
        page.Descendants(Svg + "svg").Single(s => (string?)s.Attribute("data-chart") == name);

    private static IEnumerable<XElement> Marks(XElement chart, string element, string cssClass) =>
        chart.Descendants(Svg + element).Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    [Fact]
    public void ToHtml_IsXhtmlWithEveryChart_ParsedAsXml()
    {
        XDocument page = XDocument.Parse(FullReport([("Sales", 80m), ("Calls", 120m)]).ToHtml());

        Assert.Equal(Xhtml + "html", page.Root!.Name);
        Assert.Equal(["criteria", "distribution", "trends", "volatility"], page.Descendants(Svg + "svg").Select(s => (string?)s.Attribute("data-chart")));
        Assert.All(page.Descendants(Svg + "svg"), s =>
        {
            Assert.Equal(Svg + "title", s.Elements().First().Name);
            Assert.Equal(Svg + "desc", s.Elements().Skip(1).First().Name);
        });
        Assert.Empty(page.Descendants(Xhtml + "script"));
        Assert.DoesNotContain(page.Descendants(), e => e.Attribute("href") is not null || e.Attribute("src") is not null);
    }

    [Fact]
    public void ToHtml_ChartsHoldTheMarksTheirDataCallsFor()
    {
        XDocument page = XDocument.Parse(FullReport([("Sales", 80m), ("Calls", 120m), ("Visits", 0m)]).ToHtml());

        Assert.Equal(3, Marks(Chart(page, "criteria"), "rect", "bar").Count());
        Assert.Single(Marks(Chart(page, "criteria"), "line", "target"));
        Assert.Equal(3, Marks(Chart(page, "distribution"), "rect", "actual").Count());
        Assert.Equal(3, Marks(Chart(page, "distribution"), "rect", "guideline").Count());
        Assert.Equal(3, Marks(Chart(page, "trends"), "g", "trend").Count());
        Assert.Equal(7, Marks(Chart(page, "trends"), "circle", "point").Count());
        Assert.Equal("ana", (string?)Marks(Chart(page, "trends"), "g", "subject").Single().Attribute("data-subject"));
        Assert.Equal(2, Marks(Chart(page, "volatility"), "rect", "bar").Count());
    }

    [Fact]
    public void ToHtml_CriteriaBars_AreProportionalAndLabelledWithTheirScores()
    {
        XElement chart = Chart(XDocument.Parse(FullReport([("Sales", 75m), ("Calls", 150m), ("Visits", 0m)]).ToHtml()), "criteria");

        decimal[] widths = [.. Marks(chart, "rect", "bar").Select(b => decimal.Parse((string)b.Attribute("width")!, CultureInfo.InvariantCulture))];
        Assert.Equal(2m * widths[0], widths[1]);
        Assert.Equal(0m, widths[2]);
        Assert.Equal(["75.00", "150.00 ✓", "0.00"], Marks(chart, "text", "value").Select(t => t.Value));
    }

    [Fact]
    public void ToHtml_SectionsNotGiven_SaySoWithoutCharts()
    {
        string html = AccountabilityReport.Create("ana", Cycle()).Build().ToHtml();
        XDocument page = XDocument.Parse(html);

        Assert.Empty(page.Descendants(Svg + "svg"));
        Assert.Contains("No distribution was given.", html, StringComparison.Ordinal);
        Assert.Contains("No trends were given.", html, StringComparison.Ordinal);
        Assert.Contains("No volatility comparison was given.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_EmptyTrends_SayNoDataInTheChart()
    {
        XDocument page = XDocument.Parse(AccountabilityReport.Create("ana", Cycle()).Build().ToHtml());
        Assert.Empty(page.Descendants(Svg + "svg"));

        // A trend set cannot be empty once the subject's own is required; a result without criteria cannot be built.
        // The chart itself says "no data" when it has nothing to draw.
        var text = new System.Text.StringBuilder();
        using (var xml = System.Xml.XmlWriter.Create(text, new System.Xml.XmlWriterSettings { ConformanceLevel = System.Xml.ConformanceLevel.Fragment }))
        {
            TrendChart.Write(new SvgMarkup(xml), [], "ana");
        }

        XElement chart = XElement.Parse(text.ToString());
        Assert.Equal("No data: no trend was given.", Marks(chart, "text", "no-data").Single().Value);
        Assert.NotNull(chart.Element(Svg + "title"));
    }

    [Fact]
    public void ToHtml_AThousandReps_OneRowAndOnePointEach()
    {
        PartyId[] reps = [.. Enumerable.Range(0, 1_000).Select(i => new PartyId("rep-" + i.ToString("D4", CultureInfo.InvariantCulture)))];
        AccountabilityReport report = AccountabilityReport.Create(reps[0], Cycle(reps))
            .WithTrends(reps.Select((r, i) => SubjectTrend.Create(r, [("Jan", i), ("Feb", 1_000 - i)])))
            .WithDistribution(DistributionGuideline.Create([("Top", 20m), ("Core", 70m), ("Bottom", 10m)]).Compare(reps.Select((r, i) => (r, i < 200 ? "Top" : i < 900 ? "Core" : "Bottom"))))
            .Build();

        XElement chart = Chart(XDocument.Parse(report.ToHtml()), "trends");

        Assert.Equal(1_000, Marks(chart, "g", "trend").Count());
        Assert.Equal(2_000, Marks(chart, "circle", "point").Count());
        Assert.Equal(24m + (1_000 * 40m) + 8m, decimal.Parse((string)chart.Attribute("height")!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToHtml_VeryLongLabel_IsCutInTheChartAndWholeInItsTitle()
    {
        string name = "Sales " + new string('x', 5_000);
        XElement chart = Chart(XDocument.Parse(FullReport([(name, 80m)]).ToHtml()), "criteria");

        Assert.Equal(CriteriaChart.LabelLength, Marks(chart, "text", "label").Single().Value.Length);
        Assert.StartsWith(name, Marks(chart, "g", "criterion").Single().Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_NegativeScores_DrawBarsLeftOfZero()
    {
        ScorecardResult result = Scorecard.CreateBuilder("rep", "Rep")
            .Add(new PerformanceCriterion("margin", "Margin", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Linear(threshold: 0m, target: 10m, stretch: 20m, cap: 120m)), 100m)
            .Build().Score(Actuals.For("ana").Value("margin", -5m).Build());
        XElement chart = Chart(XDocument.Parse(AccountabilityReport.Create("ana", Cycle()).WithResult(result).Build().ToHtml()), "criteria");

        XElement bar = Marks(chart, "rect", "bar").Single();
        XElement zero = Marks(chart, "line", "zero").Single();
        decimal x = decimal.Parse((string)bar.Attribute("x")!, CultureInfo.InvariantCulture);
        decimal width = decimal.Parse((string)bar.Attribute("width")!, CultureInfo.InvariantCulture);
        decimal zeroX = decimal.Parse((string)zero.Attribute("x1")!, CultureInfo.InvariantCulture);
        Assert.True(result.Criteria[0].Score < 0m ? x + width == zeroX && width > 0m : width >= 0m);
    }

    [Fact]
    public void ToHtml_SameReport_SameText_WhateverTheCulture()
    {
        AccountabilityReport report = FullReport([("Sales", 80.5m), ("Calls", 120m)]);
        string invariant = report.ToHtml();
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, report.ToHtml());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Contains("80.50", invariant, StringComparison.Ordinal);
    }

    private static Gen<string> Label { get; } =
        Gen.ListOf(Gen.Elements("a", "Z", " ", "<", ">", "&", "\"", "'", "]]>", "😀", "\uD800", "\uDC00", "\u0001", "\uFFFF", "é", "&amp;", "<script>"))
            .Select(parts => "x" + string.Concat(parts.Take(12)));

    [Property(MaxTest = 100)]
    public Property ToHtml_AnyLabels_ParseAndGiveEveryCriterionExactlyOneBar()
    {
        Gen<(string, decimal)> criterion = from name in Label from actual in Gen.Choose(-50, 300) select (name, (decimal)actual);
        return Prop.ForAll(Gen.ListOf(criterion).Select(c => c.Take(8).ToArray()).Where(c => c.Length > 0).ToArbitrary(), criteria =>
        {
            AccountabilityReport report = FullReport(criteria);
            string html = report.ToHtml();
            XDocument page = XDocument.Parse(html);
            XElement chart = Chart(page, "criteria");
            string[] titles = [.. Marks(chart, "g", "criterion").Select(g => g.Element(Svg + "title")!.Value)];
            return (Marks(chart, "rect", "bar").Count() == criteria.Length).Label("one bar per criterion")
                .And(criteria.Select((c, i) => titles[i].StartsWith(ChartText.Clean(c.Item1) + ": ", StringComparison.Ordinal)).All(t => t)).Label("each label read back as written (cleaned)")
                .And(!html.Contains("<script", StringComparison.Ordinal)).Label("markup in a label stays text")
                .And(html == report.ToHtml()).Label("deterministic");
        });
    }
}
