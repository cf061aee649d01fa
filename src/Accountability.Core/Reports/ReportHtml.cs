using System.Globalization;
using System.Text;
using System.Xml;
using Accountability.Feedback;
using Accountability.Goals;
using NodaTime;

namespace Accountability.Reports;

/// <summary>
/// Writes an <see cref="AccountabilityReport"/> as one self-contained XHTML5 page: the sections of the Markdown report,
/// with SVG charts for the criteria, the distribution, the trends and the volatility. No scripts and no external assets;
/// the styles are in the page and do not carry meaning by colour alone.
/// </summary>
internal static class ReportHtml
{
    /// <summary>The XHTML namespace.</summary>
    public const string Namespace = "http://www.w3.org/1999/xhtml";

    private const string Style = """
        body { font-family: sans-serif; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; color: #111; background: #fff; }
        table { border-collapse: collapse; margin: 0.5rem 0; }
        th, td { border: 1px solid #888; padding: 0.25rem 0.5rem; text-align: left; }
        td.number { text-align: right; }
        pre { white-space: pre-wrap; background: #f4f4f4; padding: 0.5rem; }
        svg.chart { display: block; margin: 0.5rem 0; max-width: 100%; height: auto; font-size: 12px; }
        svg .bar { fill: #555; stroke: #000; stroke-width: 1; }
        svg .bar.met { fill: #222; }
        svg .bar.guideline { fill: url(#distribution-hatch); }
        svg .bar.before { fill: url(#volatility-hatch); }
        svg .target { stroke: #000; stroke-width: 2; stroke-dasharray: 6 3; }
        svg .zero { stroke: #000; stroke-width: 1; }
        svg .line { fill: none; stroke: #000; stroke-width: 1.5; }
        svg .point { fill: #fff; stroke: #000; stroke-width: 1.5; }
        svg .subject .label { font-weight: bold; }
        svg .subject .line { stroke-width: 3; }
        svg .no-data { font-style: italic; }
        """;

    public static string Write(AccountabilityReport report)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = " ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using (var xml = XmlWriter.Create(text, settings))
        {
            Page(new Html(xml), report);
        }

        return text.Append('\n').ToString();
    }

    private static void Page(Html html, AccountabilityReport report)
    {
        XmlWriter xml = html.Xml;
        DateInterval period = report.Cycle.Period;
        string heading = $"Accountability report: {report.Subject}, {report.Cycle.Name}";
        xml.WriteDocType("html", null, null, null);
        xml.WriteStartElement("html", Namespace);
        xml.WriteAttributeString("lang", "en");
        xml.WriteStartElement("head", Namespace);
        html.Empty("meta", ("charset", "utf-8"));
        html.Element("title", heading);
        html.Element("style", Style);
        xml.WriteEndElement();
        xml.WriteStartElement("body", Namespace);
        html.Element("h1", heading);
        html.Element("p", $"Period {ReportMarkdown.Format(period.Start)} to {ReportMarkdown.Format(period.End)}; as of {ReportMarkdown.Format(report.AsOf)}; the cycle is in {report.Cycle.Phase}.");

        html.Section("goals", "Goals and targets");
        if (report.Goals is not { } goals)
        {
            html.Element("p", "No goal tree was given.");
        }
        else if (goals.Count == 0)
        {
            html.Element("p", "No goal of theirs overlaps the period.");
        }
        else
        {
            html.Table(["Goal", "Period", "Target", "Actual", "Attainment"], goals.Select(Row), [false, false, true, true, true]);
        }

        html.End();

        html.Section("result", "Result");
        if (report.Result is { } result)
        {
            html.Element("p", $"{(result.Score is { } s ? Rounding.Format(s) : "not rated")}{(result.Band is { } band ? " — " + band.Name : string.Empty)}.");
            CriteriaChart.Write(html.Svg, result);
            html.Element("pre", result.Explain().TrimEnd());
        }
        else
        {
            html.Element("p", "No scored result was given.");
        }

        html.End();

        html.Section("responsibilities", "What they answer for");
        if (report.Responsibilities is { } duties)
        {
            html.List(duties.Entries.Select(e => e.ToString()), "Nothing in the matrix on " + ReportMarkdown.Format(report.AsOf) + ".");
        }
        else
        {
            html.Element("p", "No responsibility matrix was given.");
        }

        html.End();
        Entries(html, "feedback-received", "Feedback received", report.FeedbackReceived?.Select(ReportMarkdown.FeedbackLine));
        Entries(html, "feedback-given", "Feedback given", report.FeedbackGiven?.Select(ReportMarkdown.FeedbackLine));
        Entries(html, "appeals", "Appeals", report.Appeals?.Select(ReportMarkdown.AppealLine));

        html.Section("plan", "Plan");
        html.Element(report.Plan is null ? "p" : "pre", report.Plan is { } plan ? plan.ToMarkdown(report.AsOf).TrimEnd() : "No improvement plan was given.");
        html.End();

        html.Section("since-last-cycle", "Since the last cycle");
        html.Element(report.SinceLastCycle is null ? "p" : "pre", report.SinceLastCycle is { } change ? change.ToMarkdown().TrimEnd() : "No earlier cycle was given.");
        html.End();

        html.Section("distribution", "Distribution against the guideline");
        if (report.Distribution is { } distribution)
        {
            DistributionChart.Write(html.Svg, distribution);
            html.Element("p", distribution.Explain().Split('\n')[0].TrimEnd());
        }
        else
        {
            html.Element("p", "No distribution was given.");
        }

        html.End();

        html.Section("trends", "Trends");
        if (report.Trends is { } trends)
        {
            TrendChart.Write(html.Svg, trends, report.Subject);
        }
        else
        {
            html.Element("p", "No trends were given.");
        }

        html.End();

        html.Section("volatility", "Volatility");
        if (report.Volatility is { } volatility)
        {
            VolatilityChart.Write(html.Svg, volatility);
            html.Element("p", volatility.Explain());
        }
        else
        {
            html.Element("p", "No volatility comparison was given.");
        }

        html.End();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string[] Row(GoalProgress goal) =>
    [
        goal.Goal.Name == goal.Goal.Id.Value ? goal.Goal.Name : goal.Goal.Name + " (" + goal.Goal.Id.Value + ")",
        ReportMarkdown.Format(goal.Goal.Period.Start) + " to " + ReportMarkdown.Format(goal.Goal.Period.End),
        goal.Goal.Target.ToString() ?? string.Empty,
        Rounding.Format(goal.Actual),
        goal.Attainment is { } a ? Rounding.Format(a * 100m, 1) + " %" : "-",
    ];

    private static void Entries(Html html, string id, string title, IEnumerable<string>? lines)
    {
        html.Section(id, title);
        if (lines is null)
        {
            html.Element("p", "No feedback records were given.");
        }
        else
        {
            html.List(lines, "None.");
        }

        html.End();
    }

    /// <summary>The few XHTML elements the page uses, each written whole.</summary>
    private sealed class Html(XmlWriter xml)
    {
        public XmlWriter Xml { get; } = xml;

        public SvgMarkup Svg { get; } = new(xml);

        public void Section(string id, string title)
        {
            Xml.WriteStartElement("section", Namespace);
            Xml.WriteAttributeString("id", id);
            Element("h2", title);
        }

        public void End() => Xml.WriteEndElement();

        public void Element(string name, string text)
        {
            Xml.WriteStartElement(name, Namespace);
            Xml.WriteString(ChartText.Clean(text));
            Xml.WriteEndElement();
        }

        public void Empty(string name, params (string Name, string Value)[] attributes)
        {
            Xml.WriteStartElement(name, Namespace);
            foreach ((string attribute, string value) in attributes)
            {
                Xml.WriteAttributeString(attribute, value);
            }

            Xml.WriteEndElement();
        }

        public void List(IEnumerable<string> items, string none)
        {
            string[] lines = [.. items];
            if (lines.Length == 0)
            {
                Element("p", none);
                return;
            }

            Xml.WriteStartElement("ul", Namespace);
            foreach (string line in lines)
            {
                Element("li", line);
            }

            Xml.WriteEndElement();
        }

        public void Table(string[] headers, IEnumerable<string[]> rows, bool[] numeric)
        {
            Xml.WriteStartElement("table", Namespace);
            Xml.WriteStartElement("thead", Namespace);
            Xml.WriteStartElement("tr", Namespace);
            foreach (string header in headers)
            {
                Element("th", header);
            }

            Xml.WriteEndElement();
            Xml.WriteEndElement();
            Xml.WriteStartElement("tbody", Namespace);
            foreach (string[] row in rows)
            {
                Xml.WriteStartElement("tr", Namespace);
                for (int i = 0; i < row.Length; i++)
                {
                    Xml.WriteStartElement("td", Namespace);
                    if (numeric[i])
                    {
                        Xml.WriteAttributeString("class", "number");
                    }

                    Xml.WriteString(ChartText.Clean(row[i]));
                    Xml.WriteEndElement();
                }

                Xml.WriteEndElement();
            }

            Xml.WriteEndElement();
            Xml.WriteEndElement();
        }
    }
}
