using System.Globalization;
using Accountability;
using Accountability.Criteria;
using Accountability.DependencyInjection;
using Accountability.Responsibility;
using Accountability.Scoring;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Accountability.Samples;

/// <summary>Scores a pharmaceutical sales team on one scorecard and explains the results.</summary>
internal static class ScoringDemo
{
    public static void Run(TextWriter output)
    {
        // 1. The integrator's own rule is registered through DI, next to the built-in rules.
        var services = new ServiceCollection();
        services.AddAccountability(b => b.AddScoringRule<AcceleratedAttainmentRule>());
        using ServiceProvider provider = services.BuildServiceProvider();
        ScoringRuleRegistry rules = provider.GetRequiredService<ScoringRuleRegistry>();

        // 2. The criteria (KPIs) of a sales rep, each with its direction, unit and scoring rule.
        //    Sales carries a typed unit (money in CNY): settings stated in another currency would be refused at Build().
        var sales = new PerformanceCriterion(
            "sales", "Sales amount", MeasurementUnit.Money(Currency.CNY), CriterionDirection.HigherIsBetter,
            ScoringMethod.Custom("accelerated-attainment", new Dictionary<string, decimal> { ["target"] = 1_200_000m, ["accelerator"] = 2m, ["cap"] = 150m }),
            workItem: "report-sales");
        var satisfaction = new PerformanceCriterion(
            "csat", "Customer satisfaction", "/5", CriterionDirection.HigherIsBetter,
            ScoringMethod.RatingScale([new RatingPoint(1m, 0m), new RatingPoint(3m, 60m), new RatingPoint(4m, 90m), new RatingPoint(5m, 120m)]),
            workItem: "customer-feedback");
        var accounts = new PerformanceCriterion(
            "accounts", "New hospital accounts", "accounts", CriterionDirection.HigherIsBetter,
            ScoringMethod.RatioToTarget(target: 6m, cap: 150m), workItem: "call-on-hospitals");
        var calls = new PerformanceCriterion(
            "calls", "Call-plan compliance", "%", CriterionDirection.HigherIsBetter,
            ScoringMethod.Banded(new ScoreStep(null, 70m, 0m), new ScoreStep(70m, 85m, 60m), new ScoreStep(85m, 95m, 100m), new ScoreStep(95m, null, 110m)),
            workItem: "call-on-hospitals");
        var dso = new PerformanceCriterion(
            "dso", "Days sales outstanding", "days", CriterionDirection.LowerIsBetter,
            ScoringMethod.Linear(threshold: 75m, target: 60m, stretch: 45m, cap: 120m), workItem: "report-sales");
        var compliance = new PerformanceCriterion(
            "compliance", "Compliance training passed", "", CriterionDirection.HigherIsBetter, ScoringMethod.Binary(1m));

        RatingBands bands = RatingBands.StartingWith("Below expectations")
            .Then(60m, "Partially meets")
            .Then(90m, "Meets")
            .Then(110m, "Exceeds")
            .Then(130m, "Outstanding");

        // 3. The scorecard: weights add up to 100 %, a failed compliance training caps the result at 80,
        //    and a value that is missing is left out (and said so) rather than silently scored zero.
        Scorecard card = Scorecard.CreateBuilder("sales-rep-2026", "Sales representative 2026")
            .Add(sales, 40m)
            .Add(satisfaction, 20m)
            .Add(accounts, 15m)
            .Add(calls, 10m)
            .Add(dso, 10m)
            .Add(compliance, 5m)
            .WithBands(bands)
            .WithGate(ScorecardGate.CapWhenBelow("compliance", 100m, cap: 80m))
            .WithMissingValues(MissingValuePolicy.Exclude)
            .Build(rules);

        // 4. The team's actuals, scored in one batch (no allocation per rep).
        (string Rep, decimal Sales, decimal? Csat, decimal Accounts, decimal Calls, decimal Dso, decimal Compliance)[] team =
        [
            ("chen-jie", 1_380_000m, 4.6m, 8m, 96m, 52m, 1m),
            ("liu-yang", 1_150_000m, 4.1m, 5m, 88m, 58m, 1m),
            ("zhao-min", 990_000m, 3.4m, 3m, 72m, 71m, 1m),
            ("zhou-tao", 1_420_000m, 4.4m, 9m, 91m, 49m, 0m),
            ("sun-hui", 640_000m, null, 2m, 83m, 66m, 1m),
        ];
        ActualsTable table = card.CreateTable(team.Select(r => new PartyId(r.Rep)));
        for (int row = 0; row < team.Length; row++)
        {
            var r = team[row];
            table.Set(row, "sales", r.Sales);
            if (r.Csat is { } csat)
            {
                table.Set(row, "csat", csat);
            }
            else
            {
                table.SetNotApplicable(row, table.ColumnOf("csat"), "joined in Q4, no customers surveyed yet");
            }

            table.Set(row, "accounts", r.Accounts);
            table.Set(row, "calls", r.Calls);
            table.Set(row, "dso", r.Dso);
            table.Set(row, "compliance", r.Compliance);
        }

        SubjectScore[] scores = card.ScoreBatch(table);

        output.WriteLine("== Scoring: the sales team's 2026 scorecard ==");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"Rep",-10} {"Sales (CNY)",12} {"CSAT",5} {"Accts",5} {"Calls%",6} {"DSO",4} {"Score",7}  Band"));
        output.WriteLine(new string('-', 72));
        for (int row = 0; row < team.Length; row++)
        {
            var r = team[row];
            SubjectScore s = scores[row];
            string note = s.GatesTriggered > 0 ? "  (capped by a gate)" : s.CriteriaLeftOut > 0 ? "  (CSAT not applicable)" : string.Empty;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{r.Rep,-10} {r.Sales,12:N0} {(r.Csat is { } c ? c.ToString("0.0", CultureInfo.InvariantCulture) : "n/a"),5} {r.Accounts,5} {r.Calls,6} {r.Dso,4} {Rounding.Format(s.Score!.Value),7}  {s.Band!.Name}{note}"));
        }

        // 5. Every number traced back to its inputs and rules, for one rep.
        output.WriteLine();
        output.WriteLine("Why zhou-tao got this result:");
        output.WriteLine(card.Explain(table, 3).Explain());

        // 6. A scorecard of scorecards: goal attainment (above), the manager's rating (1-5 stars, converted
        //    to 0-100 exactly) and the self-assessment, with their own weights; still traceable to the bottom.
        var stars = new ScoreScale(1m, 5m);
        Scorecard final = Scorecard.CreateBuilder("final-2026", "Final rating 2026")
            .Add(new PerformanceCriterion("goals", "Goal attainment", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(cap: 150m)), 60m)
            .Add(new PerformanceCriterion("manager", "Manager rating", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 30m)
            .Add(new PerformanceCriterion("self", "Self-assessment", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 10m)
            .WithBands(bands)
            .Build(rules);
        ScorecardResult liu = card.Explain(table, 1);
        ScorecardResult liuFinal = final.Score(Actuals.For("liu-yang")
            .Result("goals", liu)
            .Value("manager", stars.ConvertTo(4m, ScoreScale.Percent))
            .Value("self", stars.ConvertTo(4.5m, ScoreScale.Percent))
            .Build());
        output.WriteLine("liu-yang's final rating (a scorecard of scorecards):");
        output.WriteLine(liuFinal.Explain());

        // 7. Results orientation with clear responsibility: each criterion names its work item, so the
        //    responsibility matrix says who was accountable, responsible and consulted for every miss.
        var quarterEnd = new LocalDate(2026, 3, 31);
        ResponsibilitySnapshot responsibilities = ResponsibilityDemo.SalesProcess().AsOf(quarterEnd);
        output.WriteLine("Who answers for zhao-min's misses (criteria below 100), per the sales-process matrix on 2026-03-31:");
        foreach (CriterionAccountability miss in card.Explain(table, 2).WhoAnswersForMisses(responsibilities))
        {
            output.WriteLine("- " + miss);
        }
    }
}
