using Accountability;
using Accountability.Goals;
using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Samples;

/// <summary>
/// The one company every chapter of the sample follows: Kangtai Pharma's hospital sales team, its
/// responsibility matrix, its targets for fiscal year 2026 (April 2026 – March 2027) and the sales it recorded.
/// </summary>
/// <remarks>
/// The cast: Zhang Wei, sales director. East: Li Na manages Chen Jie, Liu Yang and Sun Hui. West: Wang Fang managed
/// it until she left at the end of February; Qian Hao took over on 1 April; his reps are Zhao Min and Zhou Tao.
/// Chen Jie leaves at the end of August; Sun Hui takes over his accounts.
/// </remarks>
internal static class KangtaiPharma
{
    public static readonly LocalDate MatrixStart = new(2026, 1, 1);
    public static readonly LocalDate FiscalYearStart = new(2026, 4, 1);
    public static readonly LocalDate ChenJieLastDay = new(2026, 8, 31);

    public static readonly PartyId[] EastReps = ["chen-jie", "liu-yang", "sun-hui"];
    public static readonly PartyId[] WestReps = ["zhao-min", "zhou-tao"];
    public static readonly PartyId[] Reps = [.. EastReps, .. WestReps];

    /// <summary>Fiscal year 2026: April 2026 to March 2027.</summary>
    public static DateInterval FiscalYear => ReportingPeriod.FiscalYear(2026, 4);

    /// <summary>The first quarter of the fiscal year (April to June 2026): the period the scorecards score.</summary>
    public static DateInterval FirstQuarter => ReportingPeriod.Quarter(2026, 2);

    /// <summary>
    /// Version 1 of the sales process's RACI matrix (from 1 January 2026): the West manager's role falls vacant in
    /// March; collecting payments requires the right to approve credit terms, which the East manager accountable for
    /// it was never given; and no one in the West is responsible for collecting payments.
    /// </summary>
    public static ResponsibilityMatrix SalesProcess() =>
        new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddRole("sales-director", "Sales director", Authority.Of(5, "set-targets", "approve-budget", "approve-events", "approve-credit-terms"))
            .AddRole("rm-east", "Regional manager East", Authority.Of(3, "approve-events"))
            .AddRole("rm-west", "Regional manager West", Authority.Of(3, "approve-events"))
            .AddTeam("reps-east", "Reps East")
            .AddTeam("reps-west", "Reps West")
            .AddPerson("zhang-wei", "Zhang Wei")
            .AddPerson("li-na", "Li Na")
            .AddPerson("wang-fang", "Wang Fang")
            .AddPerson("chen-jie", "Chen Jie")
            .AddPerson("liu-yang", "Liu Yang")
            .AddPerson("sun-hui", "Sun Hui")
            .AddPerson("zhao-min", "Zhao Min")
            .AddPerson("zhou-tao", "Zhou Tao")
            .AddTenure("zhang-wei", "sales-director", MatrixStart)
            .AddTenure("li-na", "rm-east", MatrixStart)
            .AddTenure("wang-fang", "rm-west", MatrixStart, new LocalDate(2026, 2, 28)) // she left: the West role is vacant
            .AddTenure("chen-jie", "reps-east", MatrixStart)
            .AddTenure("liu-yang", "reps-east", MatrixStart)
            .AddTenure("sun-hui", "reps-east", MatrixStart)
            .AddTenure("zhao-min", "reps-west", MatrixStart)
            .AddTenure("zhou-tao", "reps-west", MatrixStart)
            .AddWorkItem("set-targets", "Set targets", requiredAuthority: Authority.Of(5, "set-targets"))
            .AddWorkItem("hospital-sales", "Hospital sales")
            .AddWorkItem("sales-east", "Hospital sales East", parent: "hospital-sales")
            .AddWorkItem("sales-west", "Hospital sales West", parent: "hospital-sales")
            .AddWorkItem("call-on-hospitals", "Call on hospitals")
            .AddWorkItem("call-east", "Hospital calls East", parent: "call-on-hospitals")
            .AddWorkItem("call-west", "Hospital calls West", parent: "call-on-hospitals")
            .AddWorkItem("promotion-events", "Run promotion events", requiredAuthority: Authority.Rights("approve-events"))
            .AddWorkItem("customer-feedback", "Collect customer feedback")
            .AddWorkItem("collect-payments", "Collect payments", requiredAuthority: Authority.Rights("approve-credit-terms"))
            .AddWorkItem("report-sales", "Report sales")
            .Assign("set-targets", "sales-director", "A")
            .Assign("set-targets", "rm-east", "R")
            .Assign("set-targets", "rm-west", "C")
            .Assign("set-targets", "reps-east", "I")
            .Assign("set-targets", "reps-west", "I")
            .Assign("hospital-sales", "sales-director", "A")
            .Assign("hospital-sales", "rm-east", "R")
            .Assign("hospital-sales", "rm-west", "R")
            .Assign("sales-east", "rm-east", "A")
            .Assign("sales-east", "reps-east", "R")
            .Assign("sales-west", "rm-west", "A")
            .Assign("sales-west", "reps-west", "R")
            .Assign("call-on-hospitals", "sales-director", "A")
            .Assign("call-on-hospitals", "rm-east", "R")
            .Assign("call-on-hospitals", "rm-west", "R")
            .Assign("call-east", "rm-east", "A")
            .Assign("call-east", "reps-east", "R")
            .Assign("call-west", "rm-west", "A")
            .Assign("call-west", "reps-west", "R")
            .Assign("promotion-events", "rm-east", "A")
            .Assign("promotion-events", "reps-east", "R")
            .Assign("promotion-events", "sales-director", "C")
            .Assign("customer-feedback", "sales-director", "A")
            .Assign("customer-feedback", "reps-east", "R")
            .Assign("customer-feedback", "reps-west", "R")
            .Assign("collect-payments", "rm-east", "A")
            .Assign("collect-payments", "reps-east", "R")
            .Assign("report-sales", "rm-east", "A")
            .Assign("report-sales", "chen-jie", "R")
            .Assign("report-sales", "sales-director", "I")
            .EffectiveFrom(MatrixStart)
            .Build();

    /// <summary>
    /// Version 2 (from 1 April, the start of the fiscal year): Qian Hao fills the West role, and the director takes
    /// over the sales report.
    /// </summary>
    public static ResponsibilityMatrix FromApril(ResponsibilityMatrix v1) =>
        v1.ToBuilder()
            .AddPerson("qian-hao", "Qian Hao")
            .AddTenure("qian-hao", "rm-west", FiscalYearStart)
            .Unassign("report-sales", "rm-east")
            .Unassign("report-sales", "sales-director")
            .Assign("report-sales", "sales-director", "A")
            .Assign("report-sales", "rm-east", "C")
            .EffectiveFrom(FiscalYearStart)
            .Build();

    /// <summary>The second quarter of the fiscal year (July to September 2026): the next review cycle.</summary>
    public static DateInterval SecondQuarter => ReportingPeriod.Quarter(2026, 3);

    /// <summary>Sales are low in spring and peak before the fiscal year ends in March.</summary>
    public static SeasonalityProfile Seasonality { get; } = SeasonalityProfile.Create([6m, 7m, 8m, 8m, 8m, 9m, 9m, 9m, 8m, 8m, 9m, 11m]);

    /// <summary>
    /// The fiscal year's sales target (36,000,000 CNY), decomposed to the regions by last year's sales, to the reps,
    /// and to months by the seasonality profile. Goal ids: <c>company</c>, <c>east</c>, <c>west</c>, each rep's id,
    /// and <c>rep/yyyy-MM</c> for the months.
    /// </summary>
    public static GoalTree Targets()
    {
        var builder = new GoalTreeBuilder()
            .Add("company", "zhang-wei", Target.Money(36_000_000.00m, Currency.CNY), FiscalYear, name: "Kangtai hospital sales FY2026", workItem: new WorkItemId("hospital-sales"))
            .AddSplit(
                "company",
                [
                    new PlannedGoal("east", "li-na", SplitPart.Weighted(20_412_300m)) { Name = "East" },
                    new PlannedGoal("west", "qian-hao", SplitPart.Weighted(13_587_700m)) { Name = "West" },
                ],
                ApportionmentMethod.LargestRemainder)

            // East: by each rep's sales last year. West: Zhou Tao joined in March and gets at least 5 million.
            .AddSplit("east", [
                new PlannedGoal("chen-jie", "chen-jie", SplitPart.Weighted(8_150_000m)) { Name = "Chen Jie FY2026" },
                new PlannedGoal("liu-yang", "liu-yang", SplitPart.Weighted(7_240_000m)) { Name = "Liu Yang FY2026" },
                new PlannedGoal("sun-hui", "sun-hui", SplitPart.Weighted(5_120_000m)) { Name = "Sun Hui FY2026" },
            ])
            .AddSplit("west", [
                new PlannedGoal("zhao-min", "zhao-min", SplitPart.Weighted(3m)) { Name = "Zhao Min FY2026" },
                new PlannedGoal("zhou-tao", "zhou-tao", SplitPart.Weighted(1m).WithMinimum(5_000_000m)) { Name = "Zhou Tao FY2026" },
            ]);
        foreach (PartyId rep in Reps)
        {
            builder.AddMonthlySplit(rep.Value, Seasonality);
        }

        return builder.Build();
    }

    /// <summary>The sales of the whole second quarter: <see cref="Sales"/> and what came in from mid-August to September.</summary>
    public static ActualsLedger SalesThroughSeptember()
    {
        ActualsLedger ledger = Sales();
        (string Rep, decimal LateAugust, decimal September)[] later =
        [
            ("chen-jie", 320_000m, 0m),
            ("liu-yang", 290_000m, 640_000m),
            ("sun-hui", 215_000m, 760_000m),
            ("zhao-min", 330_000m, 700_000m),
            ("zhou-tao", 240_000m, 500_000m),
        ];
        foreach ((string rep, decimal lateAugust, decimal september) in later)
        {
            ledger = ledger.Record($"{rep}/2026-08", new LocalDate(2026, 8, 28), lateAugust);
            if (september > 0m)
            {
                ledger = ledger.Record($"{rep}/2026-09", new LocalDate(2026, 9, 25), september);
            }
        }

        return ledger;
    }

    /// <summary>
    /// The sales the CRM recorded from April to mid-August, on each rep's monthly goal, in CNY; one key-account order
    /// is credited 60/40 to two East reps.
    /// </summary>
    public static ActualsLedger Sales()
    {
        // Rep, then April, May, June, July and the first half of August.
        (string Rep, decimal[] Months)[] sales =
        [
            ("chen-jie", [530_000m, 640_000m, 702_000m, 690_000m, 360_000m]),
            ("liu-yang", [455_000m, 520_000m, 585_000m, 610_000m, 300_000m]),
            ("sun-hui", [330_000m, 375_000m, 402_000m, 430_000m, 205_000m]),
            ("zhao-min", [352_000m, 388_000m, 430_000m, 520_000m, 280_000m]),
            ("zhou-tao", [320_000m, 400_000m, 455_000m, 470_000m, 230_000m]),
        ];
        ActualsLedger ledger = ActualsLedger.Empty;
        foreach ((string rep, decimal[] months) in sales)
        {
            for (int m = 0; m < months.Length; m++)
            {
                YearMonth month = new YearMonth(2026, 4).PlusMonths(m);
                ledger = ledger.Record($"{rep}/{month.Year:D4}-{month.Month:D2}", month.OnDayOfMonth(m == 4 ? 14 : 25), months[m]);
            }
        }

        // A key-account order for the Shanghai East hospital group, won together: 60 % Chen Jie, 40 % Liu Yang.
        return ledger.RecordShared(
            new LocalDate(2026, 5, 21),
            new Money(250_000.01m, Currency.CNY),
            [new CreditShare("chen-jie/2026-05", 60m), new CreditShare("liu-yang/2026-05", 40m)],
            "KA-1042");
    }
}
