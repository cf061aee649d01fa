using Accountability.Criteria;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Robustness;

public sealed class ScoringRobustnessTests
{
    private static readonly CriterionId Kpi = "kpi";
    private static readonly CriterionId Other = "other";
    private static readonly PartyId Rep = "rep-1";

    private static readonly CriterionDirection[] Directions =
        [CriterionDirection.HigherIsBetter, CriterionDirection.LowerIsBetter, CriterionDirection.ClosestToTargetIsBest];

    private static Gen<decimal?> OptionalDecimal { get; } =
        Gen.OneOf(Gen.Constant<decimal?>(null), Hostile.Decimal.Select(d => (decimal?)d));

    /// <summary>Scoring methods of every built-in rule with hostile reference values.</summary>
    private static Gen<ScoringMethod> Method { get; } = Gen.OneOf<ScoringMethod>(
        from t in Hostile.Decimal
        from g in Hostile.Decimal
        from s in OptionalDecimal
        from c in OptionalDecimal
        from f in OptionalDecimal
        select (ScoringMethod)ScoringMethod.Linear(t, g, s, c, f),
        from a in Hostile.Decimal
        from b in Hostile.Decimal
        from c in Hostile.Decimal
        from stretch in Gen.Elements(true, false)
        from cap in Gen.Elements(150m, 1e12m, 100.0000000001m)
        let sorted = new[] { a, b, c }.Order().ToArray()
        select (ScoringMethod)(stretch ? ScoringMethod.Linear(sorted[0], sorted[1], sorted[2], cap) : ScoringMethod.Linear(sorted[0], sorted[2])),
        from a in Hostile.Decimal
        from b in Hostile.Decimal
        from c in Hostile.Decimal
        from stretch in Gen.Elements(true, false)
        let sorted = new[] { a, b, c }.Order().ToArray()
        select (ScoringMethod)(stretch ? ScoringMethod.Linear(sorted[2], sorted[1], sorted[0], 120m, -1e12m) : ScoringMethod.Linear(sorted[2], sorted[0])),
        from g in Hostile.Decimal
        from c in Hostile.Decimal
        from f in Hostile.Decimal
        select (ScoringMethod)ScoringMethod.RatioToTarget(g, c, f),
        from g in Hostile.Decimal
        from c in Gen.Elements(100m, 150m, 1e12m, 1e-28m)
        select (ScoringMethod)ScoringMethod.RatioToTarget(Math.Abs(g), c),
        from g in Hostile.Decimal
        from met in Hostile.Decimal
        from notMet in Hostile.Decimal
        from tol in OptionalDecimal
        select (ScoringMethod)ScoringMethod.Binary(g, met, notMet, tol),
        from lo in Hostile.Decimal
        from hi in Hostile.Decimal
        from slope in Hostile.Decimal
        from f in Hostile.Decimal
        select (ScoringMethod)ScoringMethod.TargetRange(lo, hi, slope, f),
        from lo in Hostile.Decimal
        from hi in Hostile.Decimal
        from slope in Hostile.Decimal
        from f in Gen.Elements(0m, -1e12m, 99.9999m)
        select (ScoringMethod)ScoringMethod.TargetRange(Math.Min(lo, hi), Math.Max(lo, hi), Math.Abs(slope) + 1e-28m, f),
        from c in Hostile.Decimal
        from f in Hostile.Decimal
        select (ScoringMethod)ScoringMethod.Direct(c, f),
        from a in Hostile.Decimal
        from b in Hostile.Decimal
        from s1 in Hostile.Decimal
        from s2 in Hostile.Decimal
        from s3 in Hostile.Decimal
        select (ScoringMethod)ScoringMethod.Banded(new ScoreStep(null, Math.Min(a, b), s1), new ScoreStep(Math.Min(a, b), Math.Max(a, b), s2), new ScoreStep(Math.Max(a, b), null, s3)),
        from r1 in Hostile.Decimal
        from r2 in Hostile.Decimal
        from s1 in Hostile.Decimal
        from s2 in Hostile.Decimal
        from interpolate in Gen.Elements(true, false)
        select (ScoringMethod)ScoringMethod.RatingScale([new RatingPoint(r1, s1), new RatingPoint(r2, s2)], interpolate));

    private static string Describe(ScoringMethod m) => m.ToString();

    private static Scorecard? TryBuild(CriterionDirection direction, ScoringMethod method, decimal weight = 1m)
    {
        try
        {
            return Scorecard.CreateBuilder("card", "Card")
                .UseRelativeWeights()
                .Add(new PerformanceCriterion(Kpi, "KPI", string.Empty, direction, method), weight)
                .Build();
        }
        catch (AccountabilityException)
        {
            return null;
        }
    }

    [Property(MaxTest = 500)]
    public Property Score_BuiltInRuleWithHostileValues_NeverFaultsOrEscapes()
    {
        Gen<(CriterionDirection, ScoringMethod, decimal)> cases =
            from direction in Gen.Elements(Directions)
            from method in Method
            from actual in Hostile.Decimal
            select (direction, method, actual);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (CriterionDirection direction, ScoringMethod method, decimal actual) = c;
            Scorecard? card = TryBuild(direction, method);
            if (card is null)
            {
                return true.Label("rejected at build");
            }

            try
            {
                ScorecardResult result = card.Score(Actuals.For(Rep).Value(Kpi, actual).Build());
                ScoreRange range = card.Criteria[0].Range;
                decimal score = result.Criteria[0].Score!.Value;
                return (score >= ScorePrecision.Round(range.Minimum) && score <= ScorePrecision.Round(range.Maximum))
                    .Label($"{Describe(method)} scored {score} outside {range} for {actual}");
            }
            catch (AccountabilityException ex)
            {
                // A built-in rule may say the actual is outside its domain; it must never fault or leave its range.
                string codes = string.Join(",", ex.Problems.Select(p => p.Code));
                return ex.Problems.All(p => p.Code == ScoringProblemCodes.ActualOutOfDomain)
                    .Label($"{Describe(method)} ({direction}) on {actual}: {codes}: {ex.Message}");
            }
        });
    }

    [Property(MaxTest = 150)]
    public Property ScoreAndExplain_HostileRelativeWeights_OnlyAllowedExceptions()
    {
        Gen<(decimal, decimal, decimal, decimal)> cases =
            from w1 in Hostile.Decimal
            from w2 in Hostile.Decimal
            from a1 in Gen.Elements(0m, 50m, 100m)
            from a2 in Gen.Elements(0m, 50m, 100m)
            select (w1, w2, a1, a2);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (decimal w1, decimal w2, decimal a1, decimal a2) = c;
            Exception? forbidden = Hostile.Forbidden(() =>
            {
                Scorecard card = Scorecard.CreateBuilder("card", "Card")
                    .UseRelativeWeights()
                    .Add(new PerformanceCriterion(Kpi, "KPI", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), w1)
                    .Add(new PerformanceCriterion(Other, "Other", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), w2)
                    .Build();
                card.Score(Actuals.For(Rep).Value(Kpi, a1).Value(Other, a2).Build());
                ActualsTable table = card.CreateTable([Rep]);
                table.Set(0, Kpi, a1);
                table.Set(0, Other, a2);
                card.ScoreBatch(table);
                card.Explain(table, 0);
            });
            return (forbidden is null).Label(forbidden?.ToString() ?? string.Empty);
        });
    }

    [Fact]
    public void Score_HugeSingleWeightScoringZero_ExplainsWithoutOverflow()
    {
        Scorecard card = Scorecard.CreateBuilder("card", "Card")
            .UseRelativeWeights()
            .Add(new PerformanceCriterion(Kpi, "KPI", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), decimal.MaxValue / 2)
            .Build();

        ScorecardResult result = card.Score(Actuals.For(Rep).Value(Kpi, 0m).Build());

        Assert.Equal(0m, result.Score);
        Assert.Equal(100m, result.Criteria[0].EffectiveWeight);
    }

    [Fact]
    public void Score_LinearWithWidestRange_ScoresInsteadOfFaulting()
    {
        Scorecard card = TryBuild(CriterionDirection.HigherIsBetter, ScoringMethod.Linear(decimal.MinValue, decimal.MaxValue))!;

        ScorecardResult result = card.Score(Actuals.For(Rep).Value(Kpi, 0m).Build());

        Assert.Equal(50m, result.Criteria[0].Score);
    }

    private static decimal? ScoreOf(CriterionDirection direction, ScoringMethod method, decimal actual)
    {
        Scorecard card = Scorecard.CreateBuilder("card", "Card")
            .Add(new PerformanceCriterion(Kpi, "KPI", string.Empty, direction, method), 100m)
            .Build();
        return card.Score(Actuals.For(Rep).Value(Kpi, actual).Build()).Criteria[0].Score;
    }

    [Fact]
    public void Score_TargetRangeWithDistanceBeyondDecimal_ScoresExactly()
    {
        // 1e28 - (-7e28) is beyond decimal's range, but 1e-27 points per unit of it is only 80 points.
        Assert.Equal(20m, ScoreOf(CriterionDirection.ClosestToTargetIsBest, ScoringMethod.TargetRange(1e28m, 2e28m, 1e-27m), -7e28m));
    }

    [Fact]
    public void Score_TargetRangeWithTinySlope_ScoresInsteadOfFaulting()
    {
        Assert.Equal(99.99999999m, ScoreOf(CriterionDirection.ClosestToTargetIsBest, ScoringMethod.TargetRange(0m, 10m, 1e-28m), 1e20m));
        Assert.Equal(92.077183748574m, ScoreOf(CriterionDirection.ClosestToTargetIsBest, ScoringMethod.TargetRange(0m, 10m, 1e-28m), decimal.MaxValue));
    }

    [Fact]
    public void Score_RatioToTargetWithHugeNegativeActual_ScoresTheFloor()
    {
        Assert.Equal(5m, ScoreOf(CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(542740475.04m, 100m, 5m), decimal.MinValue / 2));
    }

    [Fact]
    public void Score_RatioToTargetWithHugeTarget_ScoresTheRatio()
    {
        Assert.Equal(50m, ScoreOf(CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(decimal.MaxValue, 150m), decimal.MaxValue / 2));
        Assert.Equal(100m, ScoreOf(CriterionDirection.LowerIsBetter, ScoringMethod.RatioToTarget(decimal.MaxValue / 10, 150m), decimal.MaxValue / 10));
        Assert.Equal(150m, ScoreOf(CriterionDirection.LowerIsBetter, ScoringMethod.RatioToTarget(decimal.MaxValue / 10, 150m), decimal.MaxValue / 20));
    }

    [Fact]
    public void Score_BinaryClosestToTargetFarOnTheOtherSide_IsNotMet()
    {
        ScoringMethod method = ScoringMethod.Binary(1e21m, tolerance: 1e20m);
        Assert.Equal(0m, ScoreOf(CriterionDirection.ClosestToTargetIsBest, method, decimal.MinValue));
        Assert.Equal(100m, ScoreOf(CriterionDirection.ClosestToTargetIsBest, method, 1.05e21m));
    }

    [Fact]
    public void Score_RatingScaleSpanningAllDecimals_Interpolates()
    {
        ScoringMethod method = ScoringMethod.RatingScale([new RatingPoint(decimal.MinValue, 0m), new RatingPoint(decimal.MaxValue, 100m)]);
        Assert.Equal(50m, ScoreOf(CriterionDirection.HigherIsBetter, method, 0m));
    }

    [Fact]
    public void Score_LinearWithStretchFarAway_ScoresBetween100AndCap()
    {
        ScoringMethod method = ScoringMethod.Linear(0m, 1m, decimal.MaxValue, 200m);
        Assert.Equal(150m, ScoreOf(CriterionDirection.HigherIsBetter, method, decimal.MaxValue / 2));
    }

    [Fact]
    public void ConvertTo_ScaleSpanningAllDecimals_ConvertsInsteadOfOverflowing()
    {
        var widest = new ScoreScale(decimal.MinValue, decimal.MaxValue);
        Assert.Equal(50m, widest.ConvertTo(0m, ScoreScale.Percent));
        Assert.Equal(0m, decimal.Round(ScoreScale.Percent.ConvertTo(50m, widest), 0));
        Assert.Equal(75m, new ScoreScale(1m, 5m).ConvertTo(4m, ScoreScale.Percent));
    }

    [Fact]
    public void ConvertTo_RoundingInTheLastDigit_StaysOnTheTargetScale()
    {
        var from = new ScoreScale(-57335031704.483849703422637484m, 0.0000000000000000000000000001m);
        var to = new ScoreScale(-494.43373280013472505391478810m, 47m);
        Assert.Equal(47m, from.ConvertTo(0m, to));
    }

    [Property(MaxTest = 200)]
    public Property ConvertTo_HostileScales_StaysOnTheTargetScale()
    {
        Gen<(decimal, decimal, decimal, decimal, decimal)> cases =
            from a in Hostile.Decimal
            from b in Hostile.Decimal
            from c in Hostile.Decimal
            from d in Hostile.Decimal
            from e in Hostile.Decimal
            where a != b && c != d
            select (a, b, c, d, e);
        return Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var from = new ScoreScale(Math.Min(x.Item1, x.Item2), Math.Max(x.Item1, x.Item2));
            var to = new ScoreScale(Math.Min(x.Item3, x.Item4), Math.Max(x.Item3, x.Item4));
            decimal value = Math.Clamp(x.Item5, from.Minimum, from.Maximum);
            decimal converted = from.ConvertTo(value, to);
            return (converted >= to.Minimum && converted <= to.Maximum).Label($"{value} on {from} became {converted} on {to}");
        });
    }

    [Fact]
    public void Gates_DefaultOrBlankArguments_ThrowArgumentExceptions()
    {
        Assert.Throws<ArgumentException>("criterion", () => ScorecardGate.CapWhenBelow(default, 50m, 60m));
        Assert.Throws<ArgumentNullException>("bandName", () => ScorecardGate.ForceBandWhenBelow(Kpi, 50m, null!));
        Assert.Throws<ArgumentException>("bandName", () => ScorecardGate.ForceBandWhenBelow(Kpi, 50m, " "));
    }

    [Fact]
    public void PublicEntryPoints_NullAndDefaultArguments_ThrowArgumentExceptions()
    {
        Scorecard card = TryBuild(CriterionDirection.HigherIsBetter, ScoringMethod.Direct())!;
        Assert.Throws<ArgumentNullException>("actuals", () => card.Score(null!));
        Assert.Throws<ArgumentNullException>("subjects", () => card.CreateTable(null!));
        Assert.Throws<ArgumentException>("subjects", () => card.CreateTable([default]));
        Assert.Throws<ArgumentException>("subjects", () => card.CreateTable([Rep, Rep]));
        Assert.Throws<ArgumentNullException>("table", () => card.ScoreBatch(null!));
        Assert.Throws<ArgumentException>(() => Actuals.For(default));
        Assert.Throws<ArgumentException>("criterion", () => Actuals.For(Rep).Value(default, 1m));
        Assert.Throws<ArgumentNullException>("result", () => Actuals.For(Rep).Result(Kpi, null!));
        Assert.Throws<ArgumentException>(() => Scorecard.CreateBuilder(default, "x"));
        Assert.Throws<ArgumentNullException>("steps", () => ScoringMethod.Banded(null!));
        Assert.Throws<ArgumentNullException>("steps", () => ScoringMethod.Banded([null!]));
        Assert.Throws<ArgumentNullException>("points", () => ScoringMethod.RatingScale([null!]));
        Assert.Throws<ArgumentNullException>("bands", () => RatingBands.Create(null!));
        Assert.Throws<ArgumentNullException>(() => ScoringRuleRegistry.Create(null!));
        Assert.Throws<ArgumentNullException>("target", () => ScoreScale.Percent.ConvertTo(1m, null!));
    }

    [Fact]
    public void ActualsTable_RowOrColumnOutOfRange_ThrowsArgumentOutOfRange()
    {
        Scorecard card = TryBuild(CriterionDirection.HigherIsBetter, ScoringMethod.Direct())!;
        ActualsTable table = card.CreateTable([Rep]);
        Assert.Throws<ArgumentOutOfRangeException>("row", () => table.Set(-1, 0, 1m));
        Assert.Throws<ArgumentOutOfRangeException>("row", () => table.Set(1, 0, 1m));
        Assert.Throws<ArgumentOutOfRangeException>("column", () => table.Set(0, 1, 1m));
        Assert.Throws<ArgumentOutOfRangeException>("column", () => table.Get(0, int.MinValue));
        Assert.Throws<ArgumentOutOfRangeException>("row", () => card.Explain(table, int.MaxValue));
        Assert.Throws<ArgumentException>("destination", () => card.ScoreBatch(table, Span<SubjectScore>.Empty));
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => table.ColumnOf("nope"));
        Assert.Equal(ScoringProblemCodes.UnknownCriterion, Assert.Single(ex.Problems).Code);
    }

    [Fact]
    public void Build_RegistryWithNullRule_ThrowsArgumentException()
    {
        Hostile.AssertAllowed(() => ScoringRuleRegistry.Create([null!]));
    }

    [Fact]
    public void RatingBands_HostileTables_OnlyAccountabilityExceptions()
    {
        Assert.Throws<AccountabilityException>(() => RatingBands.Create([]));
        Assert.Throws<AccountabilityException>(() => RatingBands.Create([(null!, null)]));
        Assert.Throws<AccountabilityException>(() => RatingBands.Create([("a", null), ("b", 10m), ("c", 10m)]));
        RatingBands bands = RatingBands.StartingWith("low").Then(decimal.MinValue, "mid").Then(decimal.MaxValue, "top");
        Assert.Equal("mid", bands.Find(decimal.MinValue).Name);
        Assert.Equal("top", bands.Find(decimal.MaxValue).Name);
        Assert.Null(bands.FindByName(null!));
    }

    private sealed class HostileRule : IScoringRule
    {
        public string Name { get; init; } = "hostile";

        public Action<ScoringRuleBindContext> OnBind { get; init; } = _ => { };

        public Func<ScoreRange> OnRange { get; init; } = () => new ScoreRange(0m, 100m);

        public Func<decimal, decimal> OnScore { get; init; } = actual => actual;

        public bool ReturnsNull { get; init; }

        public CriterionScorer? Bind(ScoringRuleBindContext context)
        {
            OnBind(context);
            return ReturnsNull ? null : new Scorer(OnRange(), OnScore);
        }

        private sealed class Scorer(ScoreRange range, Func<decimal, decimal> score) : CriterionScorer(range)
        {
            public override decimal Score(in ScoringContext context) => score(context.Actual);
        }
    }

    private static Scorecard BuildWith(HostileRule rule) =>
        Scorecard.CreateBuilder("card", "Card")
            .Add(new PerformanceCriterion(Kpi, "KPI", string.Empty, CriterionDirection.HigherIsBetter, ScoringMethod.Custom(rule.Name)), 100m)
            .Build(ScoringRuleRegistry.Create(rule));

    [Fact]
    public void Build_CustomRuleReportingNullProblem_ReportsARuleFault()
    {
        var rule = new HostileRule { OnBind = c => c.Report(null!) };
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => BuildWith(rule));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("criteria[0]", problem.Path);
        Assert.Equal(ScoringProblemCodes.RuleFault, problem.Code);
        Assert.StartsWith("The scoring rule 'hostile' failed while validating criterion 'KPI' (kpi): ArgumentNullException:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CustomRuleFailingWhileReportingProblems_ReportsARuleFault()
    {
        var rule = new HostileRule
        {
            OnBind = c =>
            {
                c.Warning("scoring.x", "custom", "A warning first.");
                throw new InvalidOperationException("The rule broke while listing its problems.");
            },
        };
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => BuildWith(rule));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(ScoringProblemCodes.RuleFault, problem.Code);
        Assert.Equal("The scoring rule 'hostile' failed while validating criterion 'KPI' (kpi): InvalidOperationException: The rule broke while listing its problems.", problem.Message);
    }

    [Fact]
    public void Build_CustomRuleReturningNoScorerWithoutAnError_ReportsARuleFault()
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => BuildWith(new HostileRule { ReturnsNull = true }));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(ScoringProblemCodes.RuleFault, problem.Code);
        Assert.Equal("The scoring rule 'hostile' failed while validating criterion 'KPI' (kpi): it returned no scorer and reported no error.", problem.Message);
    }

    public static TheoryData<string> OwnExceptions => ["none", "warning", "error"];

    private static AccountabilityException OwnException(string kind) => kind switch
    {
        "none" => new AccountabilityException("my own failure"),
        "warning" => new AccountabilityException([new Problem("x", "mine", "only a warning", ProblemSeverity.Warning)]),
        _ => new AccountabilityException([new Problem("x", "mine", "an error of my own")]),
    };

    [Theory]
    [MemberData(nameof(OwnExceptions))]
    public void Bind_CustomRuleThrowingItsOwnAccountabilityException_IsItsFault(string kind)
    {
        var rule = new HostileRule { OnBind = _ => throw OwnException(kind) };
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => BuildWith(rule));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(ScoringProblemCodes.RuleFault, problem.Code);
        Assert.Equal("criteria[0]", problem.Path);
        Assert.StartsWith("The scoring rule 'hostile' failed while validating criterion 'KPI' (kpi): it threw an AccountabilityException of its own", problem.Message, StringComparison.Ordinal);
        Assert.IsType<AccountabilityException>(ex.InnerException);
    }

    [Theory]
    [MemberData(nameof(OwnExceptions))]
    public void Score_CustomRuleThrowingItsOwnAccountabilityException_IsItsFault_SingleBatchAndExplain(string kind)
    {
        Scorecard card = BuildWith(new HostileRule { OnScore = _ => throw OwnException(kind) });
        ActualsTable table = card.CreateTable([Rep]);
        table.Set(0, 0, 1m);

        void Check(Action act, string path)
        {
            AccountabilityException ex = Assert.Throws<AccountabilityException>(act);
            Problem problem = Assert.Single(ex.Problems);
            Assert.Equal(ScoringProblemCodes.RuleFault, problem.Code);
            Assert.Equal(path, problem.Path);
            Assert.StartsWith("The scoring rule 'hostile' failed while scoring 1 for 'rep-1' on criterion 'KPI' (kpi): it threw an AccountabilityException of its own", problem.Message, StringComparison.Ordinal);
        }

        Check(() => card.Score(Actuals.For(Rep).Value(Kpi, 1m).Build()), "values[kpi]");
        Check(() => card.ScoreOnly(Actuals.For(Rep).Value(Kpi, 1m).Build()), "values[kpi]");
        Check(() => card.ScoreBatch(table), "subjects[rep-1].values[kpi]");
        Check(() => card.Explain(table, 0), "subjects[rep-1].values[kpi]");
    }

    private sealed class NameThrowingRule : IScoringRule
    {
        public string Name => throw new InvalidOperationException("no name today");

        public CriterionScorer? Bind(ScoringRuleBindContext context) => null;
    }

    private sealed class ConstructorThrowingRule : IScoringRule
    {
        public ConstructorThrowingRule() => throw new InvalidOperationException("cannot start");

        public string Name => "ctor";

        public CriterionScorer? Bind(ScoringRuleBindContext context) => null;
    }

    [Fact]
    public void Registry_RuleWhoseNameThrows_IsReportedAsItsFault()
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => ScoringRuleRegistry.Create(new NameThrowingRule()));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(ScoringProblemCodes.RuleFault, problem.Code);
        Assert.Equal("rules[0].name", problem.Path);
        Assert.Equal("The scoring rule 'NameThrowingRule' failed while reporting its name: InvalidOperationException: no name today", problem.Message);
    }

    [Fact]
    public void DependencyInjection_RuleWhoseNameOrConstructorThrows_IsReportedAsItsFault()
    {
        foreach (Action<Accountability.DependencyInjection.IAccountabilityBuilder> register in new Action<Accountability.DependencyInjection.IAccountabilityBuilder>[]
        {
            b => Accountability.DependencyInjection.ScoringBuilderExtensions.AddScoringRule<NameThrowingRule>(b),
            b => Accountability.DependencyInjection.ScoringBuilderExtensions.AddScoringRule(b, new NameThrowingRule()),
            b => Accountability.DependencyInjection.ScoringBuilderExtensions.AddScoringRule<ConstructorThrowingRule>(b),
        })
        {
            var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
            Accountability.DependencyInjection.AccountabilityServiceCollectionExtensions.AddAccountability(services, register);
            using Microsoft.Extensions.DependencyInjection.ServiceProvider provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
            AccountabilityException ex = Assert.Throws<AccountabilityException>(() => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ScoringRuleRegistry>(provider));
            Problem problem = Assert.Single(ex.Problems);
            Assert.Equal(ScoringProblemCodes.RuleFault, problem.Code);
            Assert.Contains("Rule' failed while", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BuildAndScore_CustomRuleMisbehaving_OnlyAccountabilityExceptions()
    {
        Assert.Throws<AccountabilityException>(() => BuildWith(new HostileRule { ReturnsNull = true }));
        Assert.Throws<AccountabilityException>(() => BuildWith(new HostileRule { OnRange = () => throw new InvalidCastException() }));
        Assert.Throws<AccountabilityException>(() => BuildWith(new HostileRule { OnRange = () => new ScoreRange(decimal.MinValue, decimal.MaxValue) }));
        Scorecard throwing = BuildWith(new HostileRule { OnScore = _ => throw new KeyNotFoundException("no such key") });
        Assert.Throws<AccountabilityException>(() => throwing.Score(Actuals.For(Rep).Value(Kpi, 1m).Build()));
        Scorecard wild = BuildWith(new HostileRule { OnScore = _ => decimal.MaxValue });
        Assert.Throws<AccountabilityException>(() => wild.Score(Actuals.For(Rep).Value(Kpi, 1m).Build()));
        Assert.Throws<AccountabilityException>(() => ScoringRuleRegistry.Create(new HostileRule { Name = null! }));
        Assert.Throws<AccountabilityException>(() => ScoringRuleRegistry.Create(new HostileRule { Name = "linear" }));
        Assert.Throws<AccountabilityException>(() => ScoringRuleRegistry.Create(new HostileRule(), new HostileRule()));
        Assert.Throws<ArgumentNullException>(() => ScoringRuleRegistry.BuiltIn.TryGet(null!, out _));
        Assert.Throws<AccountabilityException>(() => ScoringRuleRegistry.BuiltIn.Get("nope"));
    }

    [Fact]
    public void WhoAnswersFor_NullArguments_ThrowArgumentNullException()
    {
        Scorecard card = TryBuild(CriterionDirection.HigherIsBetter, ScoringMethod.Direct())!;
        ScorecardResult result = card.Score(Actuals.For(Rep).Value(Kpi, 10m).Build());
        Assert.Throws<ArgumentNullException>(() => SubjectAccountabilityExtensions.WhoAnswersForMisses(null!, null!));
        Assert.Throws<ArgumentNullException>(() => result.WhoAnswersForMisses(null!));
        Assert.Throws<ArgumentNullException>(() => ScorecardResultAccountability.WhoAnswersFor(null!, result.Criteria[0]));
    }

    [Property(MaxTest = 150)]
    public Property Build_HostileWeightsBandsAndGates_OnlyAllowedExceptions()
    {
        Gen<(decimal, decimal, decimal, decimal, bool)> cases =
            from w in Hostile.Decimal
            from min in Hostile.Decimal
            from cap in Hostile.Decimal
            from band in Hostile.Decimal
            from percent in Gen.Elements(true, false)
            select (w, min, cap, band, percent);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            Exception? forbidden = Hostile.Forbidden(() =>
            {
                ScorecardBuilder builder = Scorecard.CreateBuilder("card", "Card")
                    .Add(new PerformanceCriterion(Kpi, "KPI", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), c.Item1)
                    .Add(new PerformanceCriterion(Other, "Other", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 100m - (c.Item1 / 2))
                    .WithBands(RatingBands.StartingWith("low").Then(c.Item4, "high"))
                    .WithGate(ScorecardGate.CapWhenBelow(Kpi, c.Item2, c.Item3))
                    .WithGate(ScorecardGate.ForceBandWhenBelow(Other, c.Item2, "low"));
                if (!c.Item5)
                {
                    builder.UseRelativeWeights();
                }

                Scorecard card = builder.Build();
                ScorecardResult result = card.Score(Actuals.For(Rep).Value(Kpi, 0m).Value(Other, 100m).Build());
                _ = result.ToString();
                ScorecardResult nested = card.Score(Actuals.For(Rep).Result(Kpi, result).NotApplicable(Other, "n/a").Build());
                _ = nested.ToString();
            });
            return (forbidden is null).Label(forbidden?.ToString() ?? string.Empty);
        });
    }

    [Fact]
    public void Builder_NullAndUnknownArguments_ThrowArgumentExceptions()
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("card", "Card");
        Assert.Throws<ArgumentNullException>("criterion", () => builder.Add(null!, 1m));
        Assert.Throws<ArgumentNullException>("bands", () => builder.WithBands(null!));
        Assert.Throws<ArgumentNullException>("gate", () => builder.WithGate(null!));
        Assert.Throws<ArgumentOutOfRangeException>("policy", () => builder.WithMissingValues((MissingValuePolicy)9));
        Assert.Throws<ArgumentNullException>("rules", () => builder.Build(null!));
        AccountabilityException ex = Assert.Throws<AccountabilityException>(builder.Build);
        Assert.Equal(ScoringProblemCodes.NoCriteria, Assert.Single(ex.Problems).Code);
        Hostile.AssertAllowed(() => _ = new PerformanceCriterion(Kpi, "KPI", "%", (CriterionDirection)7, ScoringMethod.Direct()));
        Hostile.AssertAllowed(() => _ = new PerformanceCriterion(default, "KPI", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()));
        Hostile.AssertAllowed(() => _ = new PerformanceCriterion(Kpi, "KPI", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(), workItem: default(WorkItemId)));
        Hostile.AssertAllowed(() => ScoringMethod.Custom(null!));
        Hostile.AssertAllowed(() => _ = new CustomScoring(" "));
        Hostile.AssertAllowed(() => _ = new BandedScoring(null!));
        Hostile.AssertAllowed(() => _ = new ScoreScale(1m, 1m));
        Hostile.AssertAllowed(() => _ = new ScoreRange(1m, 0m));
        Hostile.AssertAllowed(() => Actuals.For(Rep).NotApplicable(Kpi, null!));
    }

    [Property(MaxTest = 150)]
    public Property ScoreBatchAndScore_HostileValues_GiveTheSameNumbers()
    {
        Gen<(decimal, decimal, decimal, decimal)> cases =
            from w1 in Hostile.Decimal
            from w2 in Hostile.Decimal
            from a1 in Hostile.Decimal
            from a2 in Hostile.Decimal
            select (w1, w2, a1, a2);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            Scorecard card;
            try
            {
                card = Scorecard.CreateBuilder("card", "Card")
                    .UseRelativeWeights()
                    .Add(new PerformanceCriterion(Kpi, "KPI", "%", CriterionDirection.LowerIsBetter, ScoringMethod.Linear(1000m, -1000m, -1e20m, 150m)), c.Item1)
                    .Add(new PerformanceCriterion(Other, "Other", "%", CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(7m, 130m)), c.Item2)
                    .Build();
            }
            catch (AccountabilityException)
            {
                return true.Label("rejected at build");
            }

            ActualsTable table = card.CreateTable([Rep]);
            table.Set(0, Kpi, c.Item3);
            table.Set(0, Other, c.Item4);
            SubjectScore batch;
            ScorecardResult single;
            try
            {
                batch = card.ScoreBatch(table)[0];
            }
            catch (AccountabilityException)
            {
                Exception? singleFailure = Hostile.Forbidden(() => card.Score(Actuals.For(Rep).Value(Kpi, c.Item3).Value(Other, c.Item4).Build()));
                bool singleFailsToo = singleFailure is null && Record.Exception(() => card.Score(Actuals.For(Rep).Value(Kpi, c.Item3).Value(Other, c.Item4).Build())) is AccountabilityException;
                return singleFailsToo.Label("the batch failed but scoring the subject alone did not");
            }

            single = card.Score(Actuals.For(Rep).Value(Kpi, c.Item3).Value(Other, c.Item4).Build());
            ScorecardResult explained = card.Explain(table, 0);
            return (batch.Score == single.Score && batch.WeightedScore == single.WeightedScore && explained.Score == single.Score
                    && single.Criteria.Sum(x => x.EffectiveWeight) == 100m && single.Criteria.Sum(x => x.Contribution) == single.WeightedScore)
                .Label($"batch {batch.Score}, single {single.Score}, explained {explained.Score}");
        });
    }
}
