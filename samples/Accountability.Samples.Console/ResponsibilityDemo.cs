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
        var jan1 = new LocalDate(2026, 1, 1);
        var mar31 = new LocalDate(2026, 3, 31);
        var apr1 = new LocalDate(2026, 4, 1);
        var may1 = new LocalDate(2026, 5, 1);

        // 1. Parties (people, roles, teams, with authority), tenures over time, work items and the RACI cells.
        ResponsibilityMatrix v1 = SalesProcess();

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

        // 5. Version 2 fixes what the checks found: a new West manager, and the director takes over sales reporting.
        ResponsibilityMatrix v2 = v1.ToBuilder()
            .AddPerson("qian-hao", "Qian Hao")
            .AddTenure("qian-hao", "rm-west", apr1)
            .Unassign("report-sales", "rm-east")
            .Unassign("report-sales", "sales-director")
            .Assign("report-sales", "sales-director", "A")
            .Assign("report-sales", "rm-east", "C")
            .EffectiveFrom(apr1)
            .Build();
        output.WriteLine("## Version 2: what changed");
        output.WriteLine(v1.DiffTo(v2));
        output.WriteLine("Errors and warnings on 2026-04-01: " + v2.Validate(apr1, checks).Count(p => p.Severity != ProblemSeverity.Information));
        output.WriteLine();

        // 6. A handover: Chen Jie moves to another unit; Zhou Tao takes over everything he answered for from 1 May.
        Handover handover = v2.ToBuilder().AddPerson("zhou-tao", "Zhou Tao").Build().Handover("chen-jie", "zhou-tao", may1);
        output.WriteLine("## Handover");
        output.WriteLine(handover);
        output.WriteLine();

        // 7. History: the version in effect on each date answers, so a scored result can name who answered for a miss.
        ResponsibilityHistory history = ResponsibilityHistory.Start(v1).Append(v2).Append(handover.Before).Append(handover.After);
        WorkItemId criterionWorkItem = "report-sales"; // what a scorecard criterion names as its work item
        foreach (LocalDate day in new[] { mar31, new LocalDate(2026, 4, 30), may1 })
        {
            AccountabilityAnswer answer = history.WhoAnswersFor(criterionWorkItem, day, checks);
            output.WriteLine(
                $"Sales report on {day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}: accountable {answer.Accountable}, " +
                $"responsible {string.Join("; ", answer.Responsible)} (matrix v{answer.MatrixVersion})");
        }

        // The version made by the handover applies from 1 May: asked about an earlier day it refuses rather than name
        // Zhou Tao for what Chen Jie still did then; the history above answers for that day.
        try
        {
            handover.After.WhoAnswersFor(criterionWorkItem, new LocalDate(2026, 4, 30), checks);
        }
        catch (AccountabilityException ex)
        {
            output.WriteLine("The handover version on 2026-04-30: " + ex.Problems[^1].Message);
        }

        output.WriteLine();
        output.WriteLine("## The current matrix as CSV");
        output.Write(ResponsibilityTable.ToCsv(history.Current));
    }

    /// <summary>Version 1 of the sales process's RACI matrix: a director, two regional managers (West vacant from March), reps and five steps.</summary>
    public static ResponsibilityMatrix SalesProcess()
    {
        var jan1 = new LocalDate(2026, 1, 1);
        return new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddRole("sales-director", "Sales director", Authority.Of(5, "set-targets", "approve-budget", "approve-events"))
            .AddRole("rm-east", "Regional manager East", Authority.Of(3, "approve-events"))
            .AddRole("rm-west", "Regional manager West", Authority.Of(3, "approve-events"))
            .AddTeam("reps-east", "Reps East")
            .AddTeam("reps-west", "Reps West")
            .AddPerson("zhang-wei", "Zhang Wei")
            .AddPerson("li-na", "Li Na")
            .AddPerson("wang-fang", "Wang Fang")
            .AddPerson("chen-jie", "Chen Jie")
            .AddPerson("liu-yang", "Liu Yang")
            .AddPerson("zhao-min", "Zhao Min")
            .AddTenure("zhang-wei", "sales-director", jan1)
            .AddTenure("li-na", "rm-east", jan1)
            .AddTenure("wang-fang", "rm-west", jan1, new LocalDate(2026, 2, 28)) // she left: the West role is vacant
            .AddTenure("chen-jie", "reps-east", jan1)
            .AddTenure("liu-yang", "reps-east", jan1)
            .AddTenure("zhao-min", "reps-west", jan1)
            .AddWorkItem("set-targets", "Set targets", requiredAuthority: Authority.Of(5, "set-targets"))
            .AddWorkItem("call-on-hospitals", "Call on hospitals")
            .AddWorkItem("call-east", "Hospital calls East", parent: "call-on-hospitals")
            .AddWorkItem("call-west", "Hospital calls West", parent: "call-on-hospitals")
            .AddWorkItem("promotion-events", "Run promotion events", requiredAuthority: Authority.Rights("approve-events"))
            .AddWorkItem("customer-feedback", "Collect customer feedback")
            .AddWorkItem("report-sales", "Report sales")
            .Assign("set-targets", "sales-director", "A")
            .Assign("set-targets", "rm-east", "R")
            .Assign("set-targets", "rm-west", "C")
            .Assign("set-targets", "reps-east", "I")
            .Assign("set-targets", "reps-west", "I")
            .Assign("call-on-hospitals", "sales-director", "A")
            .Assign("call-on-hospitals", "rm-east", "R")
            .Assign("call-east", "rm-east", "A")
            .Assign("call-east", "reps-east", "R")
            .Assign("call-west", "rm-west", "A")
            .Assign("call-west", "reps-west", "R")
            .Assign("promotion-events", "rm-east", "A")
            .Assign("promotion-events", "reps-east", "R")
            .Assign("promotion-events", "sales-director", "C")
            .Assign("customer-feedback", "rm-east", "A")
            .Assign("customer-feedback", "reps-east", "R")
            .Assign("customer-feedback", "reps-west", "R")
            .Assign("report-sales", "rm-east", "A")
            .Assign("report-sales", "chen-jie", "R")
            .Assign("report-sales", "sales-director", "I")
            .EffectiveFrom(jan1)
            .Build();
    }
}
