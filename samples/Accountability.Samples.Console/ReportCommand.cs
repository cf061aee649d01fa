using Accountability;
using Accountability.Calibration;
using Accountability.Goals;
using Accountability.Reports;
using Accountability.Reviews;
using Accountability.Scoring;
using NodaTime;

namespace Accountability.Samples;

/// <summary>
/// <c>report &lt;subject&gt; --cycle &lt;id&gt; [--html out.html]</c>: the accountability report of one of the story's reps
/// for one of its review cycles, as Markdown on standard output or as an HTML page with charts written to a file. The
/// story is run quietly to get the records.
/// </summary>
internal static class ReportCommand
{
    public const string Help = """
        report <subject> --cycle <id> [--html <out.html>]
          The accountability report of one of Kangtai Pharma's reps for one review cycle of the story: goals, result with
          a chart of each criterion against target, what they answer for, feedback, appeals, plan, change since the last
          cycle, the team's distribution against the 20/70/10 guideline, each rep's monthly sales trend and the team's
          volatility before and after. Markdown on standard output, or with --html a self-contained page with SVG charts.
          Subjects: chen-jie, liu-yang, sun-hui, zhao-min, zhou-tao. Cycles: fy2026-q1, fy2026-q2.
        """;

    /// <summary>The story's review cycles, by id.</summary>
    public static readonly string[] Cycles = ["fy2026-q1", "fy2026-q2"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 2 && args[1] is "--help" or "-h")
        {
            output.WriteLine(Help);
            return Commands.Done;
        }

        if (!TryRead(args, out string subject, out string cycleId, out string? html, out string? usage))
        {
            errors.WriteLine(usage);
            errors.WriteLine("usage: report <subject> --cycle <id> [--html <out.html>]");
            return Commands.Usage;
        }

        if (!KangtaiPharma.Reps.Any(r => r.Value == subject))
        {
            errors.WriteLine($"unknown subject '{subject}'; the story's reps are {string.Join(", ", KangtaiPharma.Reps)}");
            return Commands.InvalidInput;
        }

        if (!Cycles.Contains(cycleId))
        {
            errors.WriteLine($"unknown cycle '{cycleId}'; the story's review cycles are {string.Join(", ", Cycles)}");
            return Commands.InvalidInput;
        }

        using StoryStore store = StoryStore.InMemory();
        StoryRecords story = await AfterTheScoreDemo.RunAsync(TextWriter.Null, store)
            ?? throw new InvalidOperationException("A new in-memory store cannot already hold the story.");
        AccountabilityReport report = Build(story, subject, cycleId);
        if (html is null)
        {
            output.Write(report.ToMarkdown());
            return Commands.Done;
        }

        try
        {
            File.WriteAllText(html, report.ToHtml());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine(ex.Message);
            return Commands.InvalidInput;
        }

        output.WriteLine($"wrote the report of {subject} for {cycleId} to {html}");
        return Commands.Done;
    }

    /// <summary>The report of <paramref name="subject"/> for the cycle <paramref name="cycleId"/>, every section filled from the story.</summary>
    internal static AccountabilityReport Build(StoryRecords story, PartyId subject, string cycleId)
    {
        bool first = cycleId == Cycles[0];
        ReviewCycle cycle = first ? story.FirstCycle : story.SecondCycle;
        Dictionary<PartyId, ScorecardResult> results = first ? FirstQuarter(story) : SecondQuarter(story.Card);
        GoalTree targets = KangtaiPharma.Targets();
        ActualsLedger sales = KangtaiPharma.SalesThroughSeptember();

        AccountabilityReportBuilder builder = AccountabilityReport.Create(subject, cycle)
            .WithGoals(targets, sales)
            .WithResult(results[subject])
            .WithResponsibilities(story.Matrix)
            .WithFeedback(story.Feedback)
            .WithDistribution(CalibrationDemo.Guideline().Assign(results.Select(r => (r.Key, r.Value.Score ?? 0m))).Comparison)
            .WithTrends(MonthlySales(targets, sales, cycle.Period))
            .WithVolatility(CalibrationDemo.TeamVolatility());
        if (story.Plan.Subject == subject)
        {
            builder.WithPlan(story.Plan);
        }

        if (!first)
        {
            ScorecardResult previous = FirstQuarter(story)[subject];
            builder.WithComparison(CycleComparison.Compare(previous, results[subject], story.Plan.Subject == subject ? story.Plan : null));
        }

        return builder.Build();
    }

    private static bool TryRead(string[] args, out string subject, out string cycle, out string? html, out string? usage)
    {
        subject = string.Empty;
        cycle = string.Empty;
        html = null;
        usage = null;
        for (int i = 1; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "--cycle" or "--html")
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    usage = $"{arg} needs a value";
                    return false;
                }

                if (arg == "--cycle")
                {
                    cycle = args[++i];
                }
                else
                {
                    html = args[++i];
                }
            }
            else if (arg.StartsWith('-'))
            {
                usage = $"unknown option '{arg}'";
                return false;
            }
            else if (subject.Length == 0)
            {
                subject = arg;
            }
            else
            {
                usage = $"unexpected argument '{arg}'";
                return false;
            }
        }

        usage = subject.Length == 0 ? "a subject is needed" : cycle.Length == 0 ? "--cycle is needed" : null;
        return usage is null;
    }

    private static Dictionary<PartyId, ScorecardResult> FirstQuarter(StoryRecords story) =>
        story.FirstQuarter.Subjects.Select((rep, row) => (rep, row)).ToDictionary(r => r.rep, r => story.Card.Explain(story.FirstQuarter, r.row));

    // Zhao Min's second quarter is complete (chapter 4); for the others only sales and target are known yet, the rest
    // is missing and left out, as the scorecard says.
    private static Dictionary<PartyId, ScorecardResult> SecondQuarter(Scorecard card)
    {
        ActualsTable table = ScoringDemo.FromGoals(card, KangtaiPharma.SalesThroughSeptember(), KangtaiPharma.SecondQuarter).Table;
        return table.Subjects.Select((rep, row) => (rep, row))
            .ToDictionary(r => r.rep, r => r.rep == "zhao-min" ? AfterTheScoreDemo.SecondQuarter(card, r.rep) : card.Explain(table, r.row));
    }

    // Each rep's sales by month of the fiscal year, up to the end of the cycle, from their monthly goals.
    private static IEnumerable<SubjectTrend> MonthlySales(GoalTree targets, ActualsLedger sales, DateInterval period)
    {
        GoalProgressReport progress = targets.Evaluate(sales, period.End);
        foreach (PartyId rep in KangtaiPharma.Reps)
        {
            var points = new List<(string Period, decimal Value)>();
            for (YearMonth month = new(2026, 4); month.OnDayOfMonth(1) <= period.End; month = month.PlusMonths(1))
            {
                string label = $"{month.Year:D4}-{month.Month:D2}";
                points.Add((label, progress[$"{rep}/{label}"].Actual));
            }

            yield return SubjectTrend.Create(rep, points);
        }
    }
}
