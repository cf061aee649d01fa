using Accountability.Goals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accountability.Tests.Robustness;

public sealed class GoalsRobustnessTests
{
    private static readonly DateInterval Fy = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    private static readonly ApportionmentMethod[] Methods = Enum.GetValues<ApportionmentMethod>();

    private static Gen<long> HostileLong { get; } = Gen.OneOf(
        Gen.Elements(0L, 1L, -1L, 7L, 100L, long.MaxValue, long.MinValue, long.MinValue + 1, long.MaxValue - 1, int.MaxValue, 1_000_000_007L),
        Gen.Choose(-1000, 1000).Select(i => (long)i),
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        select ((long)hi << 32) | unchecked((uint)lo));

    private static Gen<decimal> HostileWeight { get; } = Gen.OneOf(
        Hostile.Decimal,
        Gen.Choose(0, 20).Select(i => (decimal)i),
        Gen.Elements(0m, 0m, 1m, 1e-28m, 0.5m, 3m));

    [Property(MaxTest = 300)]
    public Property Apportion_HostileTotalsAndWeights_SumsToTotalOrReportsProblems()
    {
        Gen<(long, decimal[], ApportionmentMethod)> cases =
            from total in HostileLong
            from weights in Gen.ListOf(HostileWeight)
            from method in Gen.Elements(Methods)
            select (total, weights.Take(6).ToArray(), method);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (long total, decimal[] weights, ApportionmentMethod method) = c;
            long[]? shares = null;
            Exception? forbidden = Hostile.Forbidden(() => shares = Apportionment.Apportion(total, weights, method));
            if (forbidden is not null)
            {
                return false.Label($"{total} by [{string.Join(", ", weights)}] ({method}): {forbidden}");
            }

            return (shares is null || (shares.Length == weights.Length && SumIs(shares, total) && shares.All(s => total >= 0 ? s >= 0 : s <= 0)))
                .Label($"{total} by [{string.Join(", ", weights)}] ({method}) gave [{string.Join(", ", shares ?? [])}]");
        });
    }

    [Property(MaxTest = 300)]
    public Property Apportion_HostileClaims_RespectsBoundsOrReportsProblems()
    {
        Gen<ApportionmentClaim> claim = Gen.OneOf(
            from w in HostileWeight
            from min in Gen.OneOf(Gen.Constant(0L), HostileLong)
            from max in Gen.OneOf(Gen.Constant<long?>(null), HostileLong.Select(l => (long?)l))
            select ApportionmentClaim.Weighted(w).WithMinimum(min).WithMaximum(max),
            HostileLong.Select(ApportionmentClaim.Locked));
        Gen<(long, ApportionmentClaim[], ApportionmentMethod)> cases =
            from total in HostileLong
            from claims in Gen.ListOf(claim)
            from method in Gen.Elements(Methods)
            select (total, claims.Take(5).ToArray(), method);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (long total, ApportionmentClaim[] claims, ApportionmentMethod method) = c;
            long[]? shares = null;
            string text = $"{total} by [{string.Join("; ", claims.Select(x => $"{x.Weight} {x.Minimum}..{x.Maximum}"))}] ({method})";
            Exception? forbidden = null;
            if (!Task.Run(() => forbidden = Hostile.Forbidden(() => shares = Apportionment.Apportion(total, claims, method))).Wait(TimeSpan.FromSeconds(10)))
            {
                return false.Label($"{text}: still running after 10 seconds");
            }

            if (forbidden is not null)
            {
                return false.Label($"{text}: {forbidden}");
            }

            if (shares is null)
            {
                return true.ToProperty();
            }

            bool bounded = total < 0 || shares.Select((s, i) => s >= claims[i].Minimum && (claims[i].Maximum is not { } max || s <= max)).All(b => b);
            return (SumIs(shares, total) && bounded).Label($"{text} gave [{string.Join(", ", shares)}]");
        });
    }

    [Property(MaxTest = 200)]
    public Property ApportionDecimal_HostileTotals_OnlyAllowedExceptions()
    {
        Gen<(decimal, int, decimal[])> cases =
            from total in Hostile.Decimal
            from decimals in Gen.Choose(-2, 30)
            from weights in Gen.ListOf(HostileWeight)
            select (total, decimals, weights.Take(4).ToArray());
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            decimal[]? shares = null;
            Exception? forbidden = Hostile.Forbidden(() => shares = Apportionment.Apportion(c.Item1, c.Item2, c.Item3));
            return (forbidden is null && (shares is null || shares.Sum() == c.Item1))
                .Label($"{c.Item1} at {c.Item2} places by [{string.Join(", ", c.Item3)}]: {forbidden} [{string.Join(", ", shares ?? [])}]");
        });
    }

    [Theory]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public async Task Apportion_CappedPartAndHugeTotal_FinishesQuickly(ApportionmentMethod method)
    {
        const long total = 312194384395067270;
        Task<long[]> run = Task.Run(() => Apportionment.Apportion(total, [ApportionmentClaim.Weighted(3m).WithMaximum(573), ApportionmentClaim.Weighted(1m)], method));
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10))));
        long[] shares = await run;
        Assert.Equal([573L, total - 573], shares);
    }

    [Theory]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    public void Apportion_GuessesAddingUpBeyondALong_SharesExactly(ApportionmentMethod method)
    {
        long[] shares = Apportionment.Apportion(-5573687348509481322, [ApportionmentClaim.Weighted(1e-28m), ApportionmentClaim.Locked(4940574552664672053)], method);
        Assert.Equal([-633112795844809269L, -4940574552664672053L], shares);
    }

    [Fact]
    public void Apportion_WeightTooLargeToScale_ReportsThePrecisionProblem()
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => Apportionment.Apportion(100, [decimal.MaxValue, 1e-28m]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("weights[0]", problem.Path);
        Assert.Equal(GoalProblemCodes.ApportionmentWeightPrecision, problem.Code);
        Assert.Equal("The weight 79228162514264337593543950335 needs more than 18 significant digits at the weights' common scale.", problem.Message);
    }

    [Fact]
    public void Apportion_NullOrUnknownArguments_ThrowArgumentExceptions()
    {
        Assert.Throws<ArgumentNullException>("weights", () => Apportionment.Apportion(1, (IReadOnlyList<decimal>)null!));
        Assert.Throws<ArgumentNullException>("claims", () => Apportionment.Apportion(1, (IReadOnlyList<ApportionmentClaim>)null!));
        Assert.Throws<ArgumentOutOfRangeException>("method", () => Apportionment.Apportion(1, [1m], (ApportionmentMethod)99));
        Assert.Throws<ArgumentOutOfRangeException>("total", () => Apportionment.Apportion(long.MinValue, [1m]));
        Assert.Throws<ArgumentOutOfRangeException>("decimals", () => Apportionment.Apportion(1m, -1, [1m]));
    }

    [Fact]
    public void MinorUnits_AmountBeyond64Bits_ThrowsAccountabilityException()
    {
        var huge = new Money(1e20m, Currency.USD);
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => huge.MinorUnits);
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("amount", problem.Path);
        Assert.Equal(KernelProblemCodes.AmountTooLargeForGrid, problem.Code);
        Assert.Equal("The amount 100000000000000000000 is too large: in units of 2 decimal places it must fit in a 64-bit integer.", problem.Message);
        Assert.Throws<AccountabilityException>(() => huge.Allocate([1m, 1m]));
        Assert.Throws<AccountabilityException>(() => new Money(decimal.MaxValue, Currency.JPY).Split(3));
    }

    [Fact]
    public void Add_SumBeyondDecimal_ThrowsAccountabilityException()
    {
        var max = new Money(decimal.MaxValue, Currency.JPY);
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => max + max);
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(KernelProblemCodes.MoneyOverflow, problem.Code);
        Assert.Equal("Combining 79228162514264337593543950335 JPY and 79228162514264337593543950335 JPY gives an amount beyond the range of decimal.", problem.Message);
        Assert.Throws<AccountabilityException>(() => Money.Subtract(new Money(decimal.MinValue, Currency.JPY), max));
        Assert.Equal(0m, (max - max).Amount);
    }

    [Fact]
    public void Money_HostileArguments_OnlyAllowedExceptions()
    {
        Assert.Throws<ArgumentException>("currency", () => new Money(1m, default));
        Assert.Throws<ArgumentException>("amount", () => new Money(0.001m, Currency.USD));
        Assert.Throws<AccountabilityException>(() => new Money(1m, Currency.USD) + new Money(1m, Currency.EUR));
        Assert.Throws<AccountabilityException>(() => new Money(1m, Currency.USD) < new Money(1m, Currency.EUR));
        Assert.Throws<ArgumentOutOfRangeException>("parts", () => new Money(1m, Currency.USD).Split(0));
        Assert.Throws<ArgumentNullException>("weights", () => new Money(1m, Currency.USD).Allocate(null!));
        Assert.Throws<ArgumentNullException>("code", () => new Currency(null!, 2));
        Assert.Throws<ArgumentException>("code", () => new Currency("usd", 2));
        Assert.Throws<ArgumentOutOfRangeException>("minorUnitDigits", () => new Currency("USD", 9));
        Assert.Equal(long.MaxValue, Money.FromMinorUnits(long.MaxValue, Currency.USD).MinorUnits);
        Assert.Equal(long.MinValue, Money.FromMinorUnits(long.MinValue, Currency.USD).MinorUnits);
    }

    [Property(MaxTest = 200)]
    public Property Money_HostileAmounts_OnlyAllowedExceptions()
    {
        Gen<(decimal, decimal, int)> cases = from a in Hostile.Decimal from b in Hostile.Decimal from d in Gen.Choose(0, 8) select (a, b, d);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var currency = new Currency("XTS", c.Item3);
            Exception? forbidden = Hostile.Forbidden(() =>
            {
                var left = new Money(decimal.Round(c.Item1, c.Item3), currency);
                var right = new Money(decimal.Round(c.Item2, c.Item3), currency);
                Hostile.AssertAllowed(() => _ = left + right);
                Hostile.AssertAllowed(() => _ = left - right);
                Hostile.AssertAllowed(() => _ = left.MinorUnits);
                Hostile.AssertAllowed(() => left.Allocate([1m, 2m]));
                _ = left.CompareTo(right);
                _ = left.ToString();
            });
            return (forbidden is null).Label(forbidden?.ToString() ?? string.Empty);
        });
    }

    [Property(MaxTest = 200)]
    public Property TargetDecomposition_HostileValues_OnlyAllowedExceptions()
    {
        Gen<(decimal, decimal[], int)> cases =
            from total in Hostile.Decimal
            from weights in Gen.ListOf(HostileWeight)
            from count in Gen.Choose(-1, 13)
            select (total, weights.Take(5).ToArray(), count);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            Exception? forbidden = Hostile.Forbidden(() =>
            {
                Target total = Target.Money(decimal.Round(c.Item1, 2), Currency.USD);
                Hostile.AssertAllowed(() => TargetDecomposition.Equal(total, c.Item3));
                Hostile.AssertAllowed(() => TargetDecomposition.ByWeights(total, c.Item2));
                Hostile.AssertAllowed(() => TargetDecomposition.ByBaseline(total, c.Item2));
                Hostile.AssertAllowed(() => TargetDecomposition.Split(total, [.. c.Item2.Select(SplitPart.Weighted)]));
                Hostile.AssertAllowed(() => TargetDecomposition.Split(total, [.. c.Item2.Select(w => SplitPart.Equal.WithMinimum(w / 2).WithMaximum(w))]));
                Hostile.AssertAllowed(() => TargetDecomposition.Split(total, [.. c.Item2.Select(SplitPart.LockedAt)]));
                Hostile.AssertAllowed(() => TargetDecomposition.OverMonths(total, Fy));
            });
            return (forbidden is null).Label(forbidden?.ToString() ?? string.Empty);
        });
    }

    [Fact]
    public void TargetDecomposition_NullAndEmptyArguments_ThrowClearErrors()
    {
        Target total = Target.Count(10, "deals");
        Assert.Throws<ArgumentNullException>(() => TargetDecomposition.Split(null!, [SplitPart.Equal]));
        Assert.Throws<ArgumentNullException>(() => TargetDecomposition.Split(total, null!));
        Hostile.AssertAllowed(() => TargetDecomposition.Split(total, [null!]));
        Hostile.AssertAllowed(() => TargetDecomposition.Split(total, []));
        Hostile.AssertAllowed(() => TargetDecomposition.OverPeriods(total, []));
        Hostile.AssertAllowed(() => TargetDecomposition.OverPeriods(total, [null!]));
        Hostile.AssertAllowed(() => TargetDecomposition.OverPeriods(total, [Fy, Fy]));
        Hostile.AssertAllowed(() => TargetDecomposition.OverMonths(total, new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)));
        Hostile.AssertAllowed(() => TargetDecomposition.OverMonths(total, Fy, SeasonalityProfile.Create([100m])));
        Hostile.AssertAllowed(() => TargetDecomposition.Equal(total, int.MaxValue / 1000));
    }

    [Fact]
    public void SeasonalityProfile_HostilePercentages_OnlyAllowedExceptions()
    {
        Assert.Throws<ArgumentNullException>(() => SeasonalityProfile.Create(null!));
        Assert.Throws<AccountabilityException>(() => SeasonalityProfile.Create([]));
        Hostile.AssertAllowed(() => SeasonalityProfile.Create([decimal.MaxValue, decimal.MaxValue]));
        Hostile.AssertAllowed(() => SeasonalityProfile.Create([decimal.MinValue, decimal.MaxValue, 100m]));
        Hostile.AssertAllowed(() => SeasonalityProfile.Validate([decimal.MaxValue, decimal.MaxValue]));
        SeasonalityProfile profile = SeasonalityProfile.Create([50m, 50m]);
        Assert.Throws<ArgumentOutOfRangeException>(() => profile.Fraction(-1));
        Hostile.AssertAllowed(() => profile.Fraction(int.MaxValue));
    }

    [Fact]
    public void GoalTreeBuilder_CyclesUnknownParentsAndDuplicates_ReportedTogether()
    {
        GoalTreeBuilder builder = new GoalTreeBuilder()
            .Add("a", "ann", Target.Count(5, "deals"), Fy, parent: "b")
            .Add("b", "bob", Target.Count(5, "deals"), Fy, parent: "a")
            .Add("c", "cat", Target.Count(5, "deals"), Fy, parent: "nowhere")
            .Add("c", "cat", Target.Count(5, "deals"), Fy)
            .Add("d", "dan", Target.Count(5, "deals"), Fy, parent: "d");
        IReadOnlyList<Problem> problems = builder.Validate();
        Assert.NotEmpty(problems);
        AccountabilityException ex = Assert.Throws<AccountabilityException>(builder.Build);
        Assert.True(ex.Problems.Count >= 4, string.Join(Environment.NewLine, ex.Problems));
    }

    [Fact]
    public void GoalTreeBuilder_ChildrenTargetsBeyondDecimal_WarnsInsteadOfOverflowing()
    {
        Target huge = Target.Count(long.MaxValue, "deals").WithValue(decimal.MaxValue);
        GoalTree tree = new GoalTreeBuilder()
            .Add("root", "ann", Target.Count(5, "deals"), Fy)
            .Add("a", "bob", huge, Fy, parent: "root")
            .Add("b", "cat", huge, Fy, parent: "root")
            .Build();
        Problem note = Assert.Single(tree.Notes);
        Assert.Equal("goals[root].target", note.Path);
        Assert.Equal(GoalProblemCodes.GoalChildrenTotal, note.Code);
        Assert.Equal(ProblemSeverity.Warning, note.Severity);
        Assert.Equal("The children's targets add up to more than decimal can hold, not the goal's target 5 deals.", note.Message);
    }

    [Fact]
    public void GoalTreeBuilder_NullAndDefaultArguments_ThrowArgumentExceptions()
    {
        var builder = new GoalTreeBuilder();
        Target target = Target.Count(5, "deals");
        Assert.Throws<ArgumentException>("id", () => builder.Add(default, "ann", target, Fy));
        Assert.Throws<ArgumentException>("owner", () => builder.Add("a", default, target, Fy));
        Assert.Throws<ArgumentNullException>("target", () => builder.Add("a", "ann", null!, Fy));
        Assert.Throws<ArgumentNullException>("period", () => builder.Add("a", "ann", target, null!));
        Hostile.AssertAllowed(() => builder.Add("a", "ann", target, Fy, parent: default(GoalId)));
        Hostile.AssertAllowed(() => builder.Add("a2", "ann", target, Fy, workItem: default(WorkItemId)));
        Hostile.AssertAllowed(() => builder.AddSplit(default, [new PlannedGoal("x", "xavier", SplitPart.Equal)]));
        Hostile.AssertAllowed(() => builder.AddSplit("a", null!));
        Hostile.AssertAllowed(() => builder.AddSplit("a", [null!]));
        Hostile.AssertAllowed(() => builder.AddSplit("a", []));
        Hostile.AssertAllowed(() => builder.AddMonthlySplit(default));
        Hostile.AssertAllowed(() => _ = new PlannedGoal(default, "ann", SplitPart.Equal));
        Hostile.AssertAllowed(() => _ = new PlannedGoal("x", default, SplitPart.Equal));
        Hostile.AssertAllowed(() => _ = new PlannedGoal("x", "ann", null!));
    }

    private static Gen<Func<GoalTreeBuilder, GoalTreeBuilder>> BuilderStep { get; } = Gen.OneOf(
        from id in Gen.Elements("a", "b", "c", "d")
        from parent in Gen.Elements<string?>(null, "a", "b", "c", "d", "zz")
        from value in Gen.OneOf(Gen.Elements(0m, -5m, 10m, 1e15m, 12.5m), Hostile.Decimal)
        from kind in Gen.Choose(0, 2)
        select (Func<GoalTreeBuilder, GoalTreeBuilder>)(b =>
        {
            Target target = kind switch
            {
                0 => Target.Money(decimal.Round(value, 2), Currency.USD),
                1 => Target.Money(decimal.Round(value, 2), Currency.EUR),
                _ => new Target(decimal.Truncate(value), MeasurementUnit.Count("deals")),
            };
            return b.Add(id, "owner-" + id, target, Fy, parent is null ? (GoalId?)null : new GoalId(parent));
        }),
        from parent in Gen.Elements("a", "b", "c", "zz")
        from w1 in HostileWeight
        from w2 in HostileWeight
        from child in Gen.Elements("s1", "s2", "a")
        select (Func<GoalTreeBuilder, GoalTreeBuilder>)(b => b.AddSplit(parent, [new PlannedGoal(child, "x", SplitPart.Weighted(w1)), new PlannedGoal(child + "-2", "y", SplitPart.Weighted(w2))])),
        from parent in Gen.Elements("a", "b", "zz")
        select (Func<GoalTreeBuilder, GoalTreeBuilder>)(b => b.AddMonthlySplit(parent)));

    [Property(MaxTest = 200)]
    public Property GoalTreeBuilder_RandomCallSequences_BuildOrReportProblems()
    {
        return Prop.ForAll(Gen.ListOf(BuilderStep).Select(s => s.Take(8).ToArray()).ToArbitrary(), steps =>
        {
            Exception? forbidden = Hostile.Forbidden(() =>
            {
                var builder = new GoalTreeBuilder();
                foreach (Func<GoalTreeBuilder, GoalTreeBuilder> step in steps)
                {
                    Hostile.AssertAllowed(() => step(builder));
                }

                IReadOnlyList<Problem> problems = builder.Validate();
                GoalTree tree;
                try
                {
                    tree = builder.Build();
                }
                catch (AccountabilityException ex)
                {
                    Assert.Equal(problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Path), ex.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Path));
                    return;
                }

                Assert.DoesNotContain(problems, p => p.Severity == ProblemSeverity.Error);
                GoalProgressReport report = tree.Evaluate(ActualsLedger.Empty.Record(tree.Goals[0].Id, new LocalDate(2026, 3, 1), 1m), new LocalDate(2026, 6, 30));
                foreach (Goal goal in tree.Goals)
                {
                    Hostile.AssertAllowed(() => report.Pace(goal.Id));
                }
            });
            return (forbidden is null).Label(forbidden?.ToString() ?? string.Empty);
        });
    }

    private static GoalTree SmallTree() => new GoalTreeBuilder()
        .Add("team", "lead", Target.Money(1_000m, Currency.USD), Fy)
        .AddSplit("team", [new PlannedGoal("r1", "ann", SplitPart.Equal), new PlannedGoal("r2", "bob", SplitPart.Equal)])
        .Build();

    [Fact]
    public void Evaluate_HugeAndFarAwayActuals_OnlyAllowedExceptions()
    {
        GoalTree tree = SmallTree();
        ActualsLedger ledger = ActualsLedger.Empty
            .Record("r1", new LocalDate(2026, 2, 1), decimal.MaxValue)
            .Record("r2", new LocalDate(2026, 2, 1), decimal.MaxValue)
            .Record("r1", new LocalDate(2026, 3, 1), decimal.MaxValue);
        Hostile.AssertAllowed(() => tree.Evaluate(ledger, new LocalDate(2026, 6, 30)));
        Hostile.AssertAllowed(() => tree.Evaluate(ActualsLedger.Empty.Record("r1", new LocalDate(2026, 2, 1), decimal.MinValue).Record("r2", new LocalDate(2026, 2, 1), 1e-28m), new LocalDate(2026, 6, 30)));
        Hostile.AssertAllowed(() => tree.Evaluate(ActualsLedger.Empty.Record("r1", LocalDate.MinIsoValue, 5m), LocalDate.MaxIsoValue));
        Hostile.AssertAllowed(() => tree.Evaluate(ActualsLedger.Empty.Record("nobody", new LocalDate(2026, 2, 1), 5m), new LocalDate(2026, 6, 30)));
        Hostile.AssertAllowed(() => tree.Evaluate(ActualsLedger.Empty, LocalDate.MinIsoValue).Pace("r1"));
        Hostile.AssertAllowed(() => tree.Evaluate(ActualsLedger.Empty, LocalDate.MaxIsoValue).Pace("r1"));
        Hostile.AssertAllowed(() => tree.Evaluate(ActualsLedger.Empty.Record("r1", new LocalDate(2026, 2, 1), decimal.MaxValue), new LocalDate(2026, 1, 1)).Pace("r1"));
        Hostile.AssertAllowed(() => tree.Evaluate(ActualsLedger.Empty.Record("r1", new LocalDate(2026, 1, 1), decimal.MaxValue, decimal.MaxValue).Record("r1", new LocalDate(2026, 1, 1), 1m, 1e-28m), new LocalDate(2026, 12, 31)).Pace("r1"));
        Assert.Throws<ArgumentNullException>(() => tree.Evaluate(null!, new LocalDate(2026, 6, 30)));
        Hostile.AssertAllowed(() => tree.Evaluate(ActualsLedger.Empty, new LocalDate(2026, 6, 30)).Pace("nobody"));
        Hostile.AssertAllowed(() => tree.Evaluate(ActualsLedger.Empty, new LocalDate(2026, 6, 30)).Pace("r1", new PaceOptions { OnTrackAtLeast = -1m, OffTrackBelow = decimal.MaxValue }));
    }

    [Fact]
    public void Evaluate_ActualsOfOneLeafBeyondDecimal_ReportsTheEntry()
    {
        ActualsLedger ledger = ActualsLedger.Empty
            .Record("r1", new LocalDate(2026, 2, 1), decimal.MaxValue)
            .Record("r1", new LocalDate(2026, 3, 1), decimal.MaxValue);
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => SmallTree().Evaluate(ledger, new LocalDate(2026, 6, 30)));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("actuals[1].value", problem.Path);
        Assert.Equal(GoalProblemCodes.ActualOverflow, problem.Code);
        Assert.Equal("With the value 79228162514264337593543950335 the actuals of goal r1 add up beyond the range of decimal.", problem.Message);
    }

    [Fact]
    public void Evaluate_ChildrenAddingUpBeyondDecimal_ReportsTheParent()
    {
        ActualsLedger ledger = ActualsLedger.Empty
            .Record("r1", new LocalDate(2026, 2, 1), decimal.MaxValue)
            .Record("r2", new LocalDate(2026, 2, 1), decimal.MaxValue);
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => SmallTree().Evaluate(ledger, new LocalDate(2026, 6, 30)));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("goals[team]", problem.Path);
        Assert.Equal(GoalProblemCodes.ActualOverflow, problem.Code);
        Assert.Equal("The actuals of goal team, or their ratio to its target 1000.00 USD, go beyond the range of decimal.", problem.Message);
    }

    [Fact]
    public void Pace_ForecastBeyondDecimal_ReportsTheGoal()
    {
        GoalProgressReport report = SmallTree().Evaluate(ActualsLedger.Empty.Record("r1", new LocalDate(2026, 1, 1), decimal.MaxValue / 2), new LocalDate(2026, 1, 1));
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => report.Pace("r1"));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("goals[r1]", problem.Path);
        Assert.Equal(GoalProblemCodes.PaceOverflow, problem.Code);
        Assert.Equal("The pace of goal r1 on 2026-01-01 (expected so far, pace ratio or forecast) goes beyond the range of decimal.", problem.Message);
    }

    [Fact]
    public void Contributions_ChildShareBeyondDecimal_ReportsTheGoal()
    {
        GoalTree tree = new GoalTreeBuilder()
            .Add("team", "lead", new Target(0.0000001m, MeasurementUnit.Quantity("kg", 7)), Fy)
            .AddSplit("team", [new PlannedGoal("r1", "ann", SplitPart.LockedAt(0m)), new PlannedGoal("r2", "bob", SplitPart.LockedAt(0m)), new PlannedGoal("r3", "cy", SplitPart.Equal)])
            .Build();
        ActualsLedger ledger = ActualsLedger.Empty
            .Record("r1", new LocalDate(2026, 2, 1), decimal.MaxValue / 2)
            .Record("r2", new LocalDate(2026, 2, 1), -decimal.MaxValue / 2);
        GoalProgressReport report = tree.Evaluate(ledger, new LocalDate(2026, 6, 30));
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => report["team"].Contributions);
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("goals[team].contributions", problem.Path);
        Assert.Equal(GoalProblemCodes.ActualOverflow, problem.Code);
        Assert.Equal("The contribution of a goal below team to its target 0.0000001 kg goes beyond the range of decimal.", problem.Message);
    }

    [Property(MaxTest = 150)]
    public Property EvaluatePaceAndContributions_HostileActuals_OnlyAllowedExceptions()
    {
        Gen<(decimal, decimal, int, int)> cases =
            from a in Hostile.Decimal
            from b in Hostile.Decimal
            from day in Gen.Choose(-5, 370)
            from unit in Gen.Choose(0, 2)
            select (a, b, day, unit);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            Exception? forbidden = Hostile.Forbidden(() =>
            {
                Target target = c.Item4 switch
                {
                    0 => Target.Money(1_000m, Currency.USD),
                    1 => new Target(0.01m, MeasurementUnit.Rate("%", 2)),
                    _ => new Target(0.0000001m, MeasurementUnit.Quantity("kg", 7)),
                };
                int places = target.Unit.Decimals;
                GoalTree tree = new GoalTreeBuilder()
                    .Add("team", "lead", target, Fy)
                    .AddSplit("team", [new PlannedGoal("r1", "ann", c.Item3 % 2 == 0 ? SplitPart.Equal : SplitPart.LockedAt(0m)), new PlannedGoal("r2", "bob", SplitPart.Equal)])
                    .Build();
                ActualsLedger ledger = ActualsLedger.Empty
                    .Record("r1", new LocalDate(2026, 2, 1), decimal.Round(c.Item1, places), 3m)
                    .Record("r2", new LocalDate(2026, 3, 1), decimal.Round(c.Item2, places), 1e-7m);
                GoalProgressReport report = tree.Evaluate(ledger, new LocalDate(2026, 1, 1).PlusDays(c.Item3));
                foreach (GoalId goal in new GoalId[] { "team", "r1", "r2" })
                {
                    Hostile.AssertAllowed(() => report.Pace(goal));
                    Hostile.AssertAllowed(() => report.Pace(goal, new PaceOptions { Profile = SeasonalityProfile.Create([.. Enumerable.Repeat(5m, 8), 15m, 15m, 15m, 15m]) }));
                    Hostile.AssertAllowed(() => _ = report[goal].Contributions);
                    Hostile.AssertAllowed(() => _ = report[goal].ToString());
                }
            });
            return (forbidden is null).Label(forbidden?.ToString() ?? string.Empty);
        });
    }

    [Fact]
    public void ProgressToString_AttainmentTooLargeForAPercentage_ShowsAMultiple()
    {
        GoalTree tree = new GoalTreeBuilder()
            .Add("team", "lead", new Target(0.0000001m, MeasurementUnit.Quantity("kg", 7)), Fy)
            .AddSplit("team", [new PlannedGoal("r1", "ann", SplitPart.Equal), new PlannedGoal("r2", "bob", SplitPart.Equal)])
            .Build();
        GoalProgressReport report = tree.Evaluate(ActualsLedger.Empty.Record("r1", new LocalDate(2026, 2, 1), 1e20m), new LocalDate(2026, 6, 30));
        decimal attainment = report["r1"].Attainment!.Value;
        Assert.True(attainment > decimal.MaxValue / 100m);
        Assert.EndsWith($" ({Rounding.Format(attainment, 1)} times the target)", report["r1"].ToString(), StringComparison.Ordinal);
        Assert.Equal("r2: 0.0000000 kg of 0.0000000 kg", report["r2"].ToString());
    }

    [Fact]
    public void Redistribute_RestOfTargetBeyondDecimal_ReportsTheDeparture()
    {
        ActualsLedger ledger = ActualsLedger.Empty.Record("r1", new LocalDate(2026, 2, 1), decimal.MinValue);
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => SmallTree().Redistribute(Departure.SpreadOverOthers("r1", new LocalDate(2026, 6, 30)), ledger));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("departure", problem.Path);
        Assert.Equal(GoalProblemCodes.DepartureOverflow, problem.Code);
        Assert.Equal("Moving the rest of the target of r1 to others goes beyond the range of decimal.", problem.Message);
    }

    [Fact]
    public void SeasonalityProfile_PercentagesBeyondDecimal_ReportsTheSum()
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => SeasonalityProfile.Create([decimal.MaxValue, decimal.MaxValue]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("percentages", problem.Path);
        Assert.Equal(GoalProblemCodes.SeasonalitySum, problem.Code);
        Assert.Equal("The percentages add up to more than decimal can hold, not 100.", problem.Message);
    }

    [Fact]
    public void SplitCredit_PercentagesBeyondDecimal_ReportsTheSum()
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => ActualsLedger.SplitCredit(10m, 2, [new CreditShare("r1", decimal.MaxValue), new CreditShare("r2", decimal.MaxValue)]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("shares", problem.Path);
        Assert.Equal(GoalProblemCodes.CreditSum, problem.Code);
        Assert.Equal("The percentages add up to more than decimal can hold, not 100.", problem.Message);
    }

    [Fact]
    public void OverMonths_PeriodEndingOnTheCalendarsLastDay_Splits()
    {
        var period = new DateInterval(new LocalDate(9999, 11, 15), LocalDate.MaxIsoValue);
        IReadOnlyList<PeriodTarget> months = TargetDecomposition.OverMonths(Target.Count(47, "deals"), period);
        Assert.Equal(2, months.Count);
        Assert.Equal(47m, months.Sum(m => m.Target.Value));
        Assert.Equal(LocalDate.MaxIsoValue, months[1].Period.End);
    }

    [Fact]
    public void Ledger_HostileEntries_OnlyAllowedExceptions()
    {
        Hostile.AssertAllowed(() => ActualsLedger.Empty.Record(default, new LocalDate(2026, 1, 1), 1m));
        Hostile.AssertAllowed(() => ActualsLedger.Empty.Record("r1", new LocalDate(2026, 1, 1), 1m, 0m));
        Hostile.AssertAllowed(() => ActualsLedger.Empty.Record("r1", new LocalDate(2026, 1, 1), 1m, -1m));
        Hostile.AssertAllowed(() => ActualsLedger.Empty.RecordShared(new LocalDate(2026, 1, 1), new Money(1e20m, Currency.USD), [new CreditShare("r1", 100m)]));
        Hostile.AssertAllowed(() => ActualsLedger.Empty.RecordShared(new LocalDate(2026, 1, 1), new Money(10m, Currency.USD), []));
        Hostile.AssertAllowed(() => ActualsLedger.Empty.RecordShared(new LocalDate(2026, 1, 1), new Money(10m, Currency.USD), [null!]));
        Hostile.AssertAllowed(() => ActualsLedger.Empty.RecordShared(new LocalDate(2026, 1, 1), default, [new CreditShare("r1", 100m)]));
        Hostile.AssertAllowed(() => ActualsLedger.SplitCredit(decimal.MaxValue, 0, [new CreditShare("r1", 50m), new CreditShare("r2", 50m)]));
        Hostile.AssertAllowed(() => ActualsLedger.SplitCredit(1m, 40, [new CreditShare("r1", 100m)]));
        Hostile.AssertAllowed(() => ActualsLedger.SplitCredit(1m, 2, [new CreditShare("r1", decimal.MaxValue), new CreditShare("r2", decimal.MinValue)]));
        Hostile.AssertAllowed(() => ActualsLedger.SplitCredit(1m, 2, [new CreditShare("r1", 100m), new CreditShare("r1", 0m)]));
        Hostile.AssertAllowed(() => _ = new CreditShare(default, 50m));
        Hostile.AssertAllowed(() => _ = new CreditShare("r1", decimal.MinValue));
    }

    [Fact]
    public void Redistribute_HostileDepartures_OnlyAllowedExceptions()
    {
        GoalTree tree = SmallTree();
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.SpreadOverOthers("nobody", new LocalDate(2026, 6, 30)), ActualsLedger.Empty));
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.SpreadOverOthers("team", new LocalDate(2026, 6, 30)), ActualsLedger.Empty));
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.SpreadOverOthers("r1", LocalDate.MinIsoValue), ActualsLedger.Empty));
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.SpreadOverOthers("r1", LocalDate.MaxIsoValue), ActualsLedger.Empty));
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.SpreadOverOthers("r1", new LocalDate(2026, 6, 30)), ActualsLedger.Empty.Record("r1", new LocalDate(2026, 2, 1), decimal.MaxValue)));
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.SpreadOverOthers("r1", new LocalDate(2026, 6, 30)), ActualsLedger.Empty.Record("r1", new LocalDate(2026, 2, 1), decimal.MinValue)));
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.ToExistingGoal("r1", new LocalDate(2026, 6, 30), "r1"), ActualsLedger.Empty));
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.ToExistingGoal("r1", new LocalDate(2026, 6, 30), "team"), ActualsLedger.Empty));
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.ToExistingGoal("r1", new LocalDate(2026, 6, 30), "nobody"), ActualsLedger.Empty));
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.ToNewSuccessor("r1", new LocalDate(2026, 6, 30), "r2", "cat"), ActualsLedger.Empty));
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.ToNewSuccessor("r1", new LocalDate(2026, 6, 30), default, default), ActualsLedger.Empty));
        Hostile.AssertAllowed(() => tree.Redistribute(null!, ActualsLedger.Empty));
        Hostile.AssertAllowed(() => tree.Redistribute(Departure.SpreadOverOthers("r1", new LocalDate(2026, 6, 30)), null!));
        Hostile.AssertAllowed(() => tree.Acknowledge(default, "ann", Instant.MinValue));
        Hostile.AssertAllowed(() => tree.Acknowledge("nobody", "ann", Instant.MaxValue));
        Hostile.AssertAllowed(() => tree.Acknowledge("r1", default, Instant.MaxValue));
        Hostile.AssertAllowed(() => tree.Subtree("nobody"));
        Hostile.AssertAllowed(() => tree.AncestorsOf(default));
        Hostile.AssertAllowed(() => tree.ChildrenOf(default));
        Hostile.AssertAllowed(() => tree.AcknowledgmentOf("nobody"));
    }

    [Fact]
    public void Target_HostileValues_OnlyAllowedExceptions()
    {
        Hostile.AssertAllowed(() => _ = new Target(decimal.MaxValue, MeasurementUnit.Count("deals")));
        Hostile.AssertAllowed(() => _ = new Target(0.5m, MeasurementUnit.Count("deals")));
        Hostile.AssertAllowed(() => _ = new Target(1m, null!));
        Hostile.AssertAllowed(() => Target.Money(default(Money)));
        Hostile.AssertAllowed(() => Target.Money(1m, default));
        Hostile.AssertAllowed(() => Target.Count(long.MinValue, "deals"));
        Hostile.AssertAllowed(() => Target.Count(1, null!));
        Hostile.AssertAllowed(() => MeasurementUnit.Quantity("kg", -1));
        Hostile.AssertAllowed(() => MeasurementUnit.Quantity("kg", 99));
        Hostile.AssertAllowed(() => MeasurementUnit.Rate("%", 29));
        Assert.Throws<InvalidOperationException>(() => Target.Count(5, "deals").AsMoney());
        Hostile.AssertAllowed(() => Target.Money(1e20m, Currency.USD).WithValue(decimal.MinValue).ToString());
    }

    private static bool SumIs(long[] shares, long total)
    {
        Int128 sum = 0;
        foreach (long s in shares)
        {
            sum += s;
        }

        return sum == total;
    }

    [Property(MaxTest = 150)]
    public Property Redistribute_RandomDeparturesOverAMonthlyTree_KeepsTheParentsTargetOrReportsProblems()
    {
        Gen<(string, int, int, decimal, decimal)> cases =
            from goal in Gen.Elements("r1", "r2", "r3", "team", "r1/2026-03", "nobody")
            from day in Gen.Choose(-3, 370)
            from kind in Gen.Choose(0, 2)
            from a in Hostile.Decimal
            from b in Gen.Elements(0m, 1m, 99.99m, -5m, 1_000_000m)
            select (goal, day, kind, a, b);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            GoalTree tree = new GoalTreeBuilder()
                .Add("team", "lead", Target.Money(1_000_000m, Currency.USD), Fy)
                .AddSplit("team", [new PlannedGoal("r1", "ann", SplitPart.Equal), new PlannedGoal("r2", "bob", SplitPart.Weighted(2m)), new PlannedGoal("r3", "cy", SplitPart.LockedAt(0m))])
                .AddMonthlySplit("r1")
                .Build();
            LocalDate lastDay = new LocalDate(2026, 1, 1).PlusDays(c.Item2);
            Departure departure = c.Item3 switch
            {
                0 => Departure.SpreadOverOthers(c.Item1, lastDay),
                1 => Departure.ToExistingGoal(c.Item1, lastDay, "r2"),
                _ => Departure.ToNewSuccessor(c.Item1, lastDay, "r9", "zed"),
            };
            ActualsLedger ledger = ActualsLedger.Empty
                .Record("r1", new LocalDate(2026, 2, 10), decimal.Round(c.Item4, 2))
                .Record("r2", new LocalDate(2026, 2, 10), c.Item5);
            GoalTree? after = null;
            Exception? forbidden = Hostile.Forbidden(() => after = tree.Redistribute(departure, ledger));
            if (forbidden is not null)
            {
                return false.Label($"{c}: {forbidden}");
            }

            return (after is null || after["team"].Target.Value == 1_000_000m).Label($"{c}: team target became {after?["team"].Target}");
        });
    }

    [Property(MaxTest = 300)]
    public Property Apportion_HugeWeightsAndBounds_SumsToTotalOrReportsProblems()
    {
        Gen<long> big = Gen.OneOf(
            Gen.Elements(long.MaxValue, long.MaxValue / 2, long.MaxValue / 3, long.MaxValue - 1, 1L, 0L, 9_000_000_000_000_000_000L),
            from hi in Gen.Choose(0, int.MaxValue)
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            select ((long)hi << 32) | unchecked((uint)lo));
        Gen<ApportionmentClaim> claim =
            from w in big
            from min in Gen.OneOf(Gen.Constant(0L), big.Select(b => b / 8))
            from max in Gen.OneOf(Gen.Constant<long?>(null), big.Select(b => (long?)b))
            select ApportionmentClaim.Weighted(w).WithMinimum(min).WithMaximum(max is { } m && m < min ? min : max);
        Gen<(long, ApportionmentClaim[], ApportionmentMethod)> cases =
            from total in big
            from claims in Gen.ArrayOf(claim)
            from method in Gen.Elements(Methods)
            select (total, claims.Take(6).ToArray(), method);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (long total, ApportionmentClaim[] claims, ApportionmentMethod method) = c;
            string text = $"{total} by [{string.Join("; ", claims.Select(x => $"{x.Weight} {x.Minimum}..{x.Maximum}"))}] ({method})";
            long[]? shares = null;
            Exception? forbidden = null;
            if (!Task.Run(() => forbidden = Hostile.Forbidden(() => shares = Apportionment.Apportion(total, claims, method))).Wait(TimeSpan.FromSeconds(10)))
            {
                return false.Label($"{text}: still running after 10 seconds");
            }

            if (forbidden is not null)
            {
                return false.Label($"{text}: {forbidden}");
            }

            return (shares is null || (SumIs(shares, total) && shares.Select((s, i) => s >= claims[i].Minimum && (claims[i].Maximum is not { } max || s <= max)).All(b => b)))
                .Label($"{text} gave [{string.Join(", ", shares ?? [])}]");
        });
    }

    [Fact]
    public void GoalTreeBuilder_MonthlySplitsAtTheCalendarsEdgesAndHostileIds_OnlyAllowedExceptions()
    {
        var edge = new DateInterval(new LocalDate(9999, 10, 15), LocalDate.MaxIsoValue);
        var start = new DateInterval(LocalDate.MinIsoValue, new LocalDate(-9998, 2, 10));
        Target target = Target.Count(10, "deals");
        Hostile.AssertAllowed(() => new GoalTreeBuilder().Add("g", "ann", target, edge).AddMonthlySplit("g").Build().Evaluate(ActualsLedger.Empty.Record("g", LocalDate.MaxIsoValue, 1m), LocalDate.MaxIsoValue).Pace("g"));
        Hostile.AssertAllowed(() => new GoalTreeBuilder().Add("g", "ann", target, start).AddMonthlySplit("g").Build().Evaluate(ActualsLedger.Empty.Record("g", LocalDate.MinIsoValue, 1m), LocalDate.MinIsoValue).Pace("g"));
        Hostile.AssertAllowed(() => new GoalTreeBuilder().Add("g", "ann", target, Fy).AddMonthlySplit("g", idForMonth: (_, _) => default).Build());
        Hostile.AssertAllowed(() => new GoalTreeBuilder().Add("g", "ann", target, Fy).AddMonthlySplit("g", idForMonth: (_, _) => "same").Build());
        Hostile.AssertAllowed(() => new GoalTreeBuilder().Add("g", "ann", target, Fy).AddMonthlySplit("g", idForMonth: (_, _) => "g").Build());
        // The caller's own callback failing is the caller's exception; it surfaces unchanged.
        Assert.Throws<FormatException>(() => new GoalTreeBuilder().Add("g", "ann", target, Fy).AddMonthlySplit("g", idForMonth: (_, _) => throw new FormatException("bad id")).Build());
        Hostile.AssertAllowed(() => new GoalTreeBuilder().Add("g", "ann", target, Fy).AddMonthlySplit("g").AddMonthlySplit("g").Build());
        Hostile.AssertAllowed(() => new GoalTreeBuilder().Add("g", "ann", target, Fy).AddSplit("g", [new PlannedGoal("c", "bob", SplitPart.Equal) { Period = new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue) }]).Build());
        Hostile.AssertAllowed(() => new GoalTreeBuilder().Add("g", "ann", target, Fy).AddSplit("g", [new PlannedGoal("c", "bob", SplitPart.LockedAt(11m)), new PlannedGoal("d", "cy", SplitPart.Equal.WithMinimum(-1m))]).Build());
        Hostile.AssertAllowed(() => new GoalTreeBuilder().Add("g", "ann", target, Fy).AddSplit("g", [new PlannedGoal("c", "bob", SplitPart.Weighted(0.5m))]).AddSplit("c", [new PlannedGoal("g", "ann", SplitPart.Equal)]).Build());
        Hostile.AssertAllowed(() => new GoalTreeBuilder().Add("g", "ann", target, Fy).AddMonthlySplit("g", SeasonalityProfile.Create([100m])).Build());
        Hostile.AssertAllowed(() => new GoalTreeBuilder().Add("g", "ann", target, Fy).AddMonthlySplit("g", method: (ApportionmentMethod)42).Build());
    }
}
