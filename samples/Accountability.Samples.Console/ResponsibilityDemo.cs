using System.IO;
using Accountability;
using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Samples;

/// <summary>
/// Responsibility matrices for a pharmaceutical sales process: who answers for each step, checked, queried,
/// changed and handed over, with the history kept so that a scored result can later say who answered for a miss.
/// </summary>
internal static class ResponsibilityDemo
{
    public static void Run(TextWriter output)
    {
        var mar31 = new LocalDate(2026, 3, 31);
        var apr1 = KangtaiPharma.FiscalYearStart;
        var sep1 = KangtaiPharma.ChenJieLastDay.PlusDays(1);

        // 1. Parties (people, roles, teams, with authority), tenures over time, work items and the RACI cells.
        ResponsibilityMatrix v1 = KangtaiPharma.SalesProcess();

        output.WriteLine("## Responsibility matrix, version 1");
        output.WriteLine();
        output.Write(ResponsibilityTable.ToMarkdown(v1, omitEmptyColumns: true));
        output.WriteLine();

        // 2. Check it on the last day of the quarter: every problem is reported at once, nothing is thrown.
        var checks = new ResponsibilityChecks([], ResponsibilityOptions.Default.WithOverloadLimit(3));
        output.WriteLine("## Checks on " + mar31.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        foreach (Problem problem in v1.Validate(mar31, checks))
        {
            output.WriteLine("- " + problem);
        }

        output.WriteLine();

        // 3. Who answers for an item on a date, roles resolved to people.
        output.WriteLine("## Who answers for the East hospital calls?");
        output.WriteLine(v1.WhoAnswersFor("call-east", mar31, checks));
        output.WriteLine();
        output.WriteLine("## Who answers for the West hospital calls?");
        try
        {
            v1.WhoAnswersFor("call-west", mar31, checks);
        }
        catch (AccountabilityException ex)
        {
            output.WriteLine(ex.Message);
        }

        output.WriteLine();

        // 4. Everything one person answers for, directly and through roles and teams; workload per party.
        output.WriteLine("## What Li Na answers for");
        output.WriteLine(v1.ResponsibilitiesOf("li-na", mar31));
        output.WriteLine();
        output.WriteLine("## Workload on " + mar31.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        output.WriteLine();
        output.Write(ResponsibilityTable.ToMarkdown(v1.Workload(mar31)));
        output.WriteLine();

        // 5. Version 2 (from 1 April) fixes the vacancy the checks found: Qian Hao manages the West; the director takes over sales reporting.
        //    The East role still lacks the credit-terms right that collecting payments requires: the checks keep saying so.
        ResponsibilityMatrix v2 = KangtaiPharma.FromApril(v1);
        output.WriteLine("## Version 2: what changed");
        output.WriteLine(v1.DiffTo(v2));
        output.WriteLine("Errors and warnings on 2026-04-01: " + v2.Validate(apr1, checks).Count(p => p.Severity != ProblemSeverity.Information));
        output.WriteLine();

        // 6. A handover: Chen Jie leaves at the end of August; Sun Hui takes over everything he answered for from 1 September.
        Handover handover = v2.Handover("chen-jie", "sun-hui", sep1);
        output.WriteLine("## Handover");
        output.WriteLine(handover);
        output.WriteLine();

        // 7. History: the version in effect on each date answers, so a scored result can name who answered for a miss.
        ResponsibilityHistory history = ResponsibilityHistory.Start(v1).Append(handover.Before).Append(handover.After);
        WorkItemId criterionWorkItem = "report-sales"; // what a scorecard criterion names as its work item
        foreach (LocalDate day in new[] { mar31, new LocalDate(2026, 8, 31), sep1 })
        {
            AccountabilityAnswer answer = history.WhoAnswersFor(criterionWorkItem, day, checks);
            output.WriteLine(
                $"Sales report on {day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}: accountable {answer.Accountable}, " +
                $"responsible {string.Join("; ", answer.Responsible)} (matrix v{answer.MatrixVersion})");
        }

        // The version made by the handover applies from 1 September: asked about an earlier day it refuses rather than
        // name Sun Hui for what Chen Jie still did then; the history above answers for that day.
        try
        {
            handover.After.WhoAnswersFor(criterionWorkItem, new LocalDate(2026, 8, 31), checks);
        }
        catch (AccountabilityException ex)
        {
            output.WriteLine("The handover version on 2026-08-31: " + ex.Problems[^1].Message);
        }

        output.WriteLine();
        output.WriteLine("## The current matrix as CSV");
        output.Write(ResponsibilityTable.ToCsv(history.Current));
    }
}
