using System.Globalization;
using Accountability;
using Accountability.Goals;
using NodaTime;

namespace Accountability.Samples;

/// <summary>
/// Goals and targets: Kangtai's annual sales target goes down to the regions by last year's share, to the reps, and
/// to months by a seasonality profile; sales come back up; each rep sees attainment and pace on a date; the director
/// sees who has not acknowledged their target; and when Chen Jie leaves, his remaining target goes to Sun Hui.
/// </summary>
internal static class GoalsDemo
{
    public static void Run(TextWriter output)
    {
        GoalTree tree = KangtaiPharma.Targets();

        output.WriteLine("Targets for FY2026 (each level adds up exactly to the one above):");
        foreach (Goal region in tree.ChildrenOf("company"))
        {
            output.WriteLine($"  {region.Name,-6} {region.Owner,-9} {region.Target,22}");
            foreach (Goal rep in tree.ChildrenOf(region.Id))
            {
                Goal april = tree.ChildrenOf(rep.Id)[0];
                output.WriteLine($"    {rep.Id,-9} {rep.Target,22}   April {april.Target}");
            }
        }

        // Owners acknowledge their targets (instants come from the application's IClock).
        Instant kickOff = Instant.FromUtc(2026, 4, 2, 9, 0);
        tree = tree
            .Acknowledge("company", "zhang-wei", kickOff)
            .Acknowledge("east", "li-na", kickOff)
            .Acknowledge("west", "qian-hao", kickOff)
            .Acknowledge("chen-jie", "chen-jie", kickOff.Plus(Duration.FromHours(2)), "Agreed.")
            .Acknowledge("liu-yang", "liu-yang", kickOff.Plus(Duration.FromHours(3)))
            .Acknowledge("zhao-min", "zhao-min", kickOff.Plus(Duration.FromDays(1)), "Two key hospitals moved to the East last year.", objection: true);

        ActualsLedger sales = KangtaiPharma.Sales();
        LocalDate asOf = new(2026, 8, 15);
        GoalProgressReport report = tree.Evaluate(sales, asOf);
        var pace = new PaceOptions
        {
            Profile = KangtaiPharma.Seasonality,
            Calendar = WorkingCalendar.MondayToFriday([new LocalDate(2026, 5, 1), new LocalDate(2026, 6, 19)]),
        };

        output.WriteLine();
        output.WriteLine($"Attainment and pace on {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (seasonal, working days):");
        foreach (PartyId rep in KangtaiPharma.Reps)
        {
            GoalProgress progress = report[rep.Value];
            GoalPace p = report.Pace(rep.Value, pace);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {rep,-9} actual {progress.Actual,13:N2}  year {Percent(progress.Attainment),6}  expected {p.Expected,13:N2}  pace {Percent(p.PaceRatio),6}  {p.Status,-8} forecast {p.Forecast,14:N2}"));
        }

        GoalProgress company = report["company"];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Company: {company.Actual:N2} of {company.Target:N2} ({Percent(company.Attainment)}), weighted by the regions' targets:"));
        foreach (ChildContribution part in company.Contributions)
        {
            output.WriteLine($"    {part.Child,-6} contributes {Percent(part.Contribution)} (weight {Percent(part.TargetShare)})");
        }

        output.WriteLine();
        output.WriteLine("Not yet acknowledged: " + string.Join(", ", tree.OwnersWithoutAcknowledgment()));
        output.WriteLine("Objections: " + string.Join("; ", tree.Objected().Select(g => $"{g.Owner}: {tree.AcknowledgmentOf(g.Id)!.Comment}")));

        // Chen Jie leaves on 31 August. What he achieved stays his (his target becomes his achievement, the later
        // months go); the rest of his target moves to Sun Hui, who takes over his accounts. The East is unchanged.
        GoalTree afterChenJie = tree.Redistribute(Departure.ToExistingGoal("chen-jie", KangtaiPharma.ChenJieLastDay, "sun-hui"), sales);
        output.WriteLine();
        output.WriteLine("Chen Jie leaves on 2026-08-31; Sun Hui takes over his accounts:");
        foreach (Goal rep in afterChenJie.ChildrenOf("east"))
        {
            output.WriteLine($"  {rep.Id,-9} {rep.Target,22}  {rep.ChildIds.Count,2} months  was {tree[rep.Id].Target}");
        }

        // Acknowledgments were of the old targets, so they are no longer current.
        output.WriteLine($"  East still {afterChenJie["east"].Target}; to acknowledge again: "
            + string.Join(", ", afterChenJie.ChildrenOf("east").Where(g => tree.AcknowledgmentOf(g.Id) is not null && afterChenJie.AcknowledgmentOf(g.Id) is null).Select(g => g.Owner)));

        static string Percent(decimal? fraction) => fraction is decimal f ? Rounding.Format(f * 100m, 1) + "%" : "-";
    }
}
