using System.Globalization;
using System.Text;
using Accountability.Calibration;
using Accountability.Feedback;
using Accountability.Goals;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Reports;

/// <summary>Writes an <see cref="AccountabilityReport"/> as Markdown, one section per stage of the loop.</summary>
internal static class ReportMarkdown
{
    private static readonly LocalDatePattern Day = LocalDatePattern.Iso;

    public static string Write(AccountabilityReport report)
    {
        var md = new StringBuilder();
        DateInterval period = report.Cycle.Period;
        md.Append(CultureInfo.InvariantCulture, $"# Accountability report: {report.Subject}, {report.Cycle.Name}").AppendLine().AppendLine();
        md.Append(CultureInfo.InvariantCulture, $"Period {Day.Format(period.Start)} to {Day.Format(period.End)}; as of {Day.Format(report.AsOf)}; the cycle is in {report.Cycle.Phase}.").AppendLine().AppendLine();

        md.AppendLine("## Goals and targets").AppendLine();
        if (report.Goals is not { } goals)
        {
            md.AppendLine("No goal tree was given.");
        }
        else if (goals.Count == 0)
        {
            md.AppendLine("No goal of theirs overlaps the period.");
        }
        else
        {
            md.AppendLine("| Goal | Period | Target | Actual | Attainment |").AppendLine("| --- | --- | --: | --: | --: |");
            foreach (GoalProgress goal in goals)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {(goal.Goal.Name == goal.Goal.Id.Value ? Cell(goal.Goal.Name) : Cell(goal.Goal.Name) + " (" + Cell(goal.Goal.Id.Value) + ")")} | {Day.Format(goal.Goal.Period.Start)} to {Day.Format(goal.Goal.Period.End)} | {goal.Goal.Target} | {Rounding.Format(goal.Actual)} | {(goal.Attainment is { } a ? Rounding.Format(a * 100m, 1) + " %" : "-")} |").AppendLine();
            }
        }

        md.AppendLine().AppendLine("## Result").AppendLine();
        if (report.Result is { } result)
        {
            md.Append(CultureInfo.InvariantCulture, $"{(result.Score is { } s ? Rounding.Format(s) : "not rated")}{(result.Band is { } band ? " — " + band.Name : string.Empty)}.").AppendLine().AppendLine();
            md.AppendLine("```").Append(result.Explain().TrimEnd()).AppendLine().AppendLine("```");
        }
        else
        {
            md.AppendLine("No scored result was given.");
        }

        md.AppendLine().AppendLine("## What they answer for").AppendLine();
        if (report.Responsibilities is { } duties)
        {
            if (duties.Entries.Count == 0)
            {
                md.AppendLine("Nothing in the matrix on " + Day.Format(report.AsOf) + ".");
            }

            foreach (var entry in duties.Entries)
            {
                md.Append("- ").AppendLine(entry.ToString());
            }
        }
        else
        {
            md.AppendLine("No responsibility matrix was given.");
        }

        Entries(md, "Feedback received", report.FeedbackReceived);
        Entries(md, "Feedback given", report.FeedbackGiven);

        md.AppendLine().AppendLine("## Appeals").AppendLine();
        if (report.Appeals is not { } appeals)
        {
            md.AppendLine("No feedback records were given.");
        }
        else if (appeals.Count == 0)
        {
            md.AppendLine("None.");
        }
        else
        {
            foreach (AppealCase appeal in appeals)
            {
                md.Append("- ").AppendLine(AppealLine(appeal));
            }
        }

        md.AppendLine().AppendLine("## Plan").AppendLine();
        md.AppendLine(report.Plan is { } plan ? plan.ToMarkdown(report.AsOf).TrimEnd() : "No improvement plan was given.");

        md.AppendLine().AppendLine("## Since the last cycle").AppendLine();
        md.AppendLine(report.SinceLastCycle is { } change ? change.ToMarkdown().TrimEnd() : "No earlier cycle was given.");

        md.AppendLine().AppendLine("## Distribution against the guideline").AppendLine();
        if (report.Distribution is { } distribution)
        {
            md.AppendLine(distribution.Explain().TrimEnd());
        }
        else
        {
            md.AppendLine("No distribution was given.");
        }

        md.AppendLine().AppendLine("## Trends").AppendLine();
        if (report.Trends is not { } trends)
        {
            md.AppendLine("No trends were given.");
        }
        else if (trends.Count == 0)
        {
            md.AppendLine("None.");
        }
        else
        {
            md.AppendLine("| Who | Periods | First | Last | Change | Volatility |").AppendLine("| --- | --: | --: | --: | --: | --: |");
            foreach (SubjectTrend trend in trends)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(trend.Subject.Value)}{(trend.Subject == report.Subject ? " (this report)" : string.Empty)} | {trend.Points.Count} | {trend.First} | {trend.Last} | {Signed(trend.Change)} | {VolatilityText(trend)} |").AppendLine();
            }
        }

        md.AppendLine().AppendLine("## Volatility").AppendLine();
        md.AppendLine(report.Volatility is { } volatility ? volatility.Explain() : "No volatility comparison was given.");
        return md.ToString();
    }

    /// <summary>One line about an appeal: what, when, why, and its decision or deadline.</summary>
    internal static string AppealLine(AppealCase appeal) =>
        string.Create(CultureInfo.InvariantCulture, $"on {appeal.Appeal.Result.Criterion} ({Day.Format(Date(appeal.Appeal.RecordedAt))}): {appeal.Appeal.Reason} — ")
        + (appeal.Decision is { } d
            ? $"{d.Outcome.ToString().ToLowerInvariant()} by {d.Author}: {d.Reason}{(d.NewScore is { } n && d.PreviousScore is { } p ? string.Create(CultureInfo.InvariantCulture, $" (score {Rounding.Format(p)} → {Rounding.Format(n)})") : string.Empty)}"
            : "open until " + Day.Format(appeal.Appeal.Deadline));

    /// <summary>One line about a feedback entry: when, what kind, from whom to whom, and the text.</summary>
    internal static string FeedbackLine(FeedbackEntry entry) =>
        string.Create(CultureInfo.InvariantCulture, $"{Day.Format(Date(entry.Record.RecordedAt))}, {entry.Record.Kind}, from {entry.Record.Author} to {entry.Record.Subject}: {entry.Text}");

    /// <summary>A trend's volatility as a percentage with one place, or "-" when it is not measured.</summary>
    internal static string VolatilityText(SubjectTrend trend) => trend.Volatility is { } v ? Rounding.Format(v * 100m, 1) + " %" : "-";

    /// <summary>A change with its sign (+0 for none).</summary>
    internal static string Signed(decimal change) => (change >= 0m ? "+" : string.Empty) + change.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date as ISO text.</summary>
    internal static string Format(LocalDate date) => Day.Format(date);

    private static void Entries(StringBuilder md, string title, IReadOnlyList<FeedbackEntry>? entries)
    {
        md.AppendLine().Append("## ").AppendLine(title).AppendLine();
        if (entries is null)
        {
            md.AppendLine("No feedback records were given.");
            return;
        }

        if (entries.Count == 0)
        {
            md.AppendLine("None.");
        }

        foreach (FeedbackEntry entry in entries)
        {
            md.Append("- ").AppendLine(FeedbackLine(entry));
        }
    }

    // Instants are shown as their UTC date: a report does not guess the reader's time zone.
    internal static LocalDate Date(Instant at) => at.InUtc().Date;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
