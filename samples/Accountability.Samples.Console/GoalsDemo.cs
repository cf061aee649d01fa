using System.Globalization;
using Accountability;
using Accountability.Goals;
using NodaTime;

namespace Accountability.Samples;

/// <summary>
/// Goals and targets: the company's annual sales target goes down to regions by last year's share, to reps, and
/// to months by a seasonality profile; actuals come back up; each rep sees attainment and pace on a date; and the
/// sales director sees who has not yet acknowledged their target.
/// </summary>
internal static class GoalsDemo
{
    public static void Run(TextWriter output)
    {
        // Fiscal year April 2026 – March 2027, target in US dollars.
        DateInterval fiscalYear = ReportingPeriod.FiscalYear(2026, 4);
        Target annual = Target.Money(12_000_000.00m, Currency.USD);

        // Sales are low in spring and peak before the year end in March.
        SeasonalityProfile seasonality = SeasonalityProfile.Create([6m, 7m, 8m, 8m, 8m, 9m, 9m, 9m, 8m, 8m, 9m, 11m]);

        var builder = new GoalTreeBuilder()
            .Add("company", "ceo", annual, fiscalYear, name: "Company sales FY2026", workItem: new WorkItemId("sales-plan-2026"));

        // Regions by last year's actuals (the baseline); the rounding method is the caller's choice.
        builder.AddSplit(
            "company",
            [
                new PlannedGoal("north", "nadia", SplitPart.Weighted(4_210_000m)) { Name = "North" },
                new PlannedGoal("south", "samir", SplitPart.Weighted(3_120_500m)) { Name = "South" },
                new PlannedGoal("west", "wen", SplitPart.Weighted(2_669_500m)) { Name = "West" },
            ],
            ApportionmentMethod.LargestRemainder);

        // Reps: equal shares in the North; in the South a new rep is locked at 600k and the rest follows last year;
        // in the West the junior rep gets at least 1.5M.
        builder.AddSplit("north", [new PlannedGoal("ana", "ana", SplitPart.Equal), new PlannedGoal("ben", "ben", SplitPart.Equal), new PlannedGoal("cai", "cai", SplitPart.Equal)]);
        builder.AddSplit("south", [
            new PlannedGoal("dev", "dev", SplitPart.Weighted(1_400_000m)),
            new PlannedGoal("eva", "eva", SplitPart.Weighted(1_000_000m)),
            new PlannedGoal("fay", "fay", SplitPart.LockedAt(600_000m)),
        ]);
        builder.AddSplit("west", [
            new PlannedGoal("gus", "gus", SplitPart.Weighted(3m)),
            new PlannedGoal("hal", "hal", SplitPart.Weighted(1m).WithMinimum(1_500_000m)),
        ]);

        string[] reps = ["ana", "ben", "cai", "dev", "eva", "fay", "gus", "hal"];
        foreach (string rep in reps)
        {
            builder.AddMonthlySplit(rep, seasonality);
        }

        GoalTree tree = builder.Build();

        output.WriteLine("Targets (each level adds up exactly to the one above):");
        foreach (Goal region in tree.ChildrenOf("company"))
        {
            output.WriteLine($"  {region.Name,-6} {region.Owner,-6} {region.Target,18}");
            foreach (Goal rep in tree.ChildrenOf(region.Id))
            {
                Goal april = tree.ChildrenOf(rep.Id)[0];
                output.WriteLine($"    {rep.Id,-6} {rep.Target,18}   April {april.Target}");
            }
        }

        // Owners acknowledge their targets (instants come from the application's IClock).
        Instant kickOff = Instant.FromUtc(2026, 4, 2, 9, 0);
        tree = tree
            .Acknowledge("company", "ceo", kickOff)
            .Acknowledge("north", "nadia", kickOff)
            .Acknowledge("ana", "ana", kickOff.Plus(Duration.FromHours(2)), "Agreed.")
            .Acknowledge("ben", "ben", kickOff.Plus(Duration.FromHours(3)))
            .Acknowledge("gus", "gus", kickOff.Plus(Duration.FromDays(1)), "Two key accounts moved to the North.", objection: true);

        // Actuals, recorded on the rep's goal: each lands in the month that covers its date.
        ActualsLedger actuals = ActualsLedger.Empty;
        var random = new Random(2026);
        foreach (string rep in reps)
        {
            for (LocalDate day = new(2026, 4, 10); day <= new LocalDate(2026, 8, 10); day = day.PlusDays(14))
            {
                decimal sale = Math.Round((decimal)random.Next(20_000, 80_000) + (random.Next(100) / 100m), 2);
                actuals = actuals.Record(rep, day, sale);
            }
        }

        // A key-account sale credited 60/40 to two reps; the shares add back to the sale to the cent.
        actuals = actuals.RecordShared(new LocalDate(2026, 7, 21), new Money(250_000.01m, Currency.USD), [new CreditShare("ana", 60m), new CreditShare("dev", 40m)], "KA-1042");

        LocalDate asOf = new(2026, 8, 15);
        GoalProgressReport report = tree.Evaluate(actuals, asOf);
        var pace = new PaceOptions
        {
            Profile = seasonality,
            Calendar = WorkingCalendar.MondayToFriday([new LocalDate(2026, 5, 25), new LocalDate(2026, 7, 3)]),
        };

        output.WriteLine();
        output.WriteLine($"Attainment and pace on {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (seasonal, working days):");
        foreach (string rep in reps)
        {
            GoalProgress progress = report[rep];
            GoalPace p = report.Pace(rep, pace);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {rep,-4} actual {progress.Actual,13:N2}  year {Percent(progress.Attainment),6}  expected {p.Expected,13:N2}  pace {Percent(p.PaceRatio),6}  {p.Status,-8} forecast {p.Forecast,14:N2}"));
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

        // Cai leaves on 31 August. What Cai achieved stays Cai's (the target becomes the achievement, the later months
        // go); the rest moves to Ana and Ben in proportion to their targets, month by month. North is unchanged.
        GoalTree afterCai = tree.Redistribute(Departure.SpreadOverOthers("cai", new LocalDate(2026, 8, 31)), actuals);
        output.WriteLine();
        output.WriteLine("Cai leaves on 2026-08-31:");
        foreach (Goal rep in afterCai.ChildrenOf("north"))
        {
            output.WriteLine($"  {rep.Id,-4} {rep.Target,18}  {rep.ChildIds.Count,2} months  was {tree[rep.Id].Target}");
        }

        // Acknowledgments were of the old targets, so they are no longer current.
        output.WriteLine($"  North still {afterCai["north"].Target}; to acknowledge again: "
            + string.Join(", ", afterCai.ChildrenOf("north").Where(g => tree.AcknowledgmentOf(g.Id) is not null && afterCai.AcknowledgmentOf(g.Id) is null).Select(g => g.Owner)));

        static string Percent(decimal? fraction) => fraction is decimal f ? Rounding.Format(f * 100m, 1) + "%" : "-";
    }
}
