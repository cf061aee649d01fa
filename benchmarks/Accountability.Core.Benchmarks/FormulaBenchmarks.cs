using System.Globalization;
using Accountability.Criteria;
using Accountability.Formulas;
using Accountability.Scoring;
using BenchmarkDotNet.Attributes;

namespace Accountability.Benchmarks;

/// <summary>
/// A compiled formula rule, <c>min(150, actual / target * 100)</c>, over 100,000 subjects, against the same rule
/// hand-written in C# (absent inputs skipped, a zero target counted as a fault, as the formula does).
/// </summary>
[MemoryDiagnoser]
public class FormulaEvaluationBenchmarks
{
    private const int Subjects = 100_000;

    private decimal?[] _actual = [];
    private decimal?[] _target = [];
    private CompiledFormula _formula = null!;

    [GlobalSetup]
    public void Setup()
    {
        _actual = new decimal?[Subjects];
        _target = new decimal?[Subjects];
        for (int i = 0; i < Subjects; i++)
        {
            _actual[i] = i % 97 == 0 ? null : 40m + (((i * 7) % 1_200) / 10m);
            _target[i] = 80m + ((i * 13) % 40);
        }

        _formula = Formula.Parse("min(150, actual / target * 100)").Compile(new FormulaSignature("actual", "target"));
    }

    [Benchmark(Baseline = true)]
    public decimal HandWritten()
    {
        decimal sum = 0m;
        int faults = 0;
        for (int i = 0; i < Subjects; i++)
        {
            if (_actual[i] is not { } actual || _target[i] is not { } target)
            {
                continue;
            }

            if (target == 0m)
            {
                faults++;
                continue;
            }

            sum += Math.Min(150m, actual / target * 100m);
        }

        return sum + faults;
    }

    [Benchmark]
    public decimal CompiledFormula()
    {
        decimal sum = 0m;
        int faults = 0;
        Span<decimal?> inputs = stackalloc decimal?[2];
        for (int i = 0; i < Subjects; i++)
        {
            inputs[0] = _actual[i];
            inputs[1] = _target[i];
            FormulaOutcome outcome = _formula.Evaluate(inputs);
            switch (outcome.Kind)
            {
                case FormulaOutcomeKind.Value:
                    sum += outcome.Value.GetValueOrDefault();
                    break;
                case FormulaOutcomeKind.Fault:
                    faults++;
                    break;
            }
        }

        return sum + faults;
    }
}

/// <summary>
/// Loading a 50-criterion configuration of formulas: parse only (the baseline), parse and check, parse and compile.
/// Target: parse and check under 1 ms for all 50.
/// </summary>
[MemoryDiagnoser]
public class FormulaLoadBenchmarks
{
    private static readonly string[] Shapes =
    [
        "min(150, actual / target * 100)",
        "if compliance < 100 then 0 else score",
        "if present(self) then (goals + manager + self) / 3 else (goals + manager) / 2",
        "clamp(round((actual - threshold) / (target - threshold) * 100, 2), 0, 120)",
        "coalesce(actual, 0) / max(target, 1) * 100",
        "if actual >= stretch then 150 else if actual >= target then 100 + (actual - target) / (stretch - target) * 50 else max(0, (actual - threshold) / (target - threshold) * 100)",
        "abs(actual - target) <= tolerance and present(actual)",
        "round([on-time-delivery] * 0.4 + [first-pass-yield] * 0.6, 1)",
        "if not (actual > threshold) or target == 0 then 0 else min(150, actual / target * 100)",
        "(goals * 2 + manager + self) / 4",
    ];

    private static readonly FormulaSignature Signature = new(
        "actual", "target", "threshold", "stretch", "tolerance", "compliance", "score", "goals", "manager", "self",
        "on-time-delivery", "first-pass-yield");

    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = new string[50];
        for (int i = 0; i < _texts.Length; i++)
        {
            // A boolean shape is made a number so that every formula checks; each text differs a little.
            string shape = Shapes[i % Shapes.Length];
            string text = shape.Contains("<= tolerance", StringComparison.Ordinal) ? "if " + shape + " then 100 else 0" : shape;
            _texts[i] = text + " + " + i.ToString(CultureInfo.InvariantCulture);
        }
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        int total = 0;
        foreach (string text in _texts)
        {
            total += Formula.Parse(text).Text.Length;
        }

        return total;
    }

    [Benchmark]
    public int ParseAndCheck()
    {
        int problems = 0;
        foreach (string text in _texts)
        {
            problems += Formula.Parse(text).Check(Signature).Count;
        }

        return problems;
    }

    [Benchmark]
    public int ParseAndCompile()
    {
        int depth = 0;
        foreach (string text in _texts)
        {
            depth += Formula.Parse(text).Compile(Signature).MaxStackDepth;
        }

        return depth;
    }
}

/// <summary>
/// A criterion scored by the <c>formula</c> rule <c>min(150, actual / target * 100)</c> (target 100) inside
/// <see cref="Scorecard.ScoreBatch(ActualsTable, Span{SubjectScore})"/>
/// over 100,000 subjects, against the same rule hand-written in C# as an integrator's <see cref="IScoringRule"/>.
/// </summary>
[MemoryDiagnoser]
public class FormulaRuleBatchBenchmarks
{
    private const int Subjects = 100_000;

    private Scorecard _formula = null!;
    private Scorecard _handWritten = null!;
    private ActualsTable _formulaTable = null!;
    private ActualsTable _handWrittenTable = null!;
    private SubjectScore[] _results = [];

    [GlobalSetup]
    public void Setup()
    {
        var target = new Dictionary<string, decimal> { ["target"] = 100m };
        _formula = Card(ScoringMethod.Formula("min(150, actual / target * 100)", target, new ScoreRange(0m, 150m)), ScoringRuleRegistry.BuiltIn);
        _handWritten = Card(ScoringMethod.Custom(HandWrittenCappedRatioRule.RuleName, target), ScoringRuleRegistry.Create(new HandWrittenCappedRatioRule()));
        PartyId[] subjects = [.. Enumerable.Range(0, Subjects).Select(i => new PartyId(string.Create(CultureInfo.InvariantCulture, $"rep-{i}")))];
        _formulaTable = _formula.CreateTable(subjects);
        _handWrittenTable = _handWritten.CreateTable(subjects);
        for (int i = 0; i < Subjects; i++)
        {
            decimal actual = 40m + (((i * 7) % 1_200) / 10m);
            _formulaTable.Set(i, 0, actual);
            _handWrittenTable.Set(i, 0, actual);
        }

        _results = new SubjectScore[Subjects];
    }

    [Benchmark(Baseline = true)]
    public decimal? ScoreBatch_HandWrittenRule()
    {
        _handWritten.ScoreBatch(_handWrittenTable, _results);
        return _results[^1].Score;
    }

    [Benchmark]
    public decimal? ScoreBatch_FormulaRule()
    {
        _formula.ScoreBatch(_formulaTable, _results);
        return _results[^1].Score;
    }

    private static Scorecard Card(ScoringMethod scoring, ScoringRuleRegistry rules) =>
        Scorecard.CreateBuilder("card", "Card")
            .Add(new PerformanceCriterion("sales", "Sales", "%", CriterionDirection.HigherIsBetter, scoring), 100m)
            .Build(rules);
}

/// <summary><c>min(150, actual / target * 100)</c> written in C#: the baseline of <see cref="FormulaRuleBatchBenchmarks"/>.</summary>
internal sealed class HandWrittenCappedRatioRule : IScoringRule
{
    public const string RuleName = "capped-ratio";

    public string Name => RuleName;

    public CriterionScorer? Bind(ScoringRuleBindContext context) => new Scorer(context.Reference("target"));

    private sealed class Scorer(ReferenceSlot target) : CriterionScorer(new ScoreRange(0m, 150m))
    {
        public override decimal Score(in ScoringContext context) =>
            Math.Min(150m, context.Actual / context.Reference(target) * 100m);
    }
}
