using Accountability.Criteria;
using Accountability.Scoring;
using BenchmarkDotNet.Attributes;

namespace Accountability.Benchmarks;

/// <summary>The 8-criterion linear scorecard shared by the scoring benchmarks, and its hand-written equivalent.</summary>
internal static class EightCriteria
{
    public const int Count = 8;

    public static readonly decimal[] Thresholds = [80m, 70m, 60m, 50m, 40m, 30m, 20m, 10m];
    public static readonly decimal[] Targets = [100m, 90m, 80m, 70m, 60m, 50m, 40m, 30m];
    public static readonly decimal[] Stretches = [120m, 110m, 100m, 90m, 80m, 70m, 60m, 50m];
    public static readonly decimal[] Caps = [150m, 150m, 130m, 130m, 120m, 120m, 110m, 110m];
    public static readonly decimal[] Weights = [20m, 15m, 15m, 10m, 10m, 10m, 10m, 10m];

    public static Scorecard Build(string ruleName, ScoringRuleRegistry registry)
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("bench", "Benchmark card");
        for (int i = 0; i < Count; i++)
        {
            ScoringMethod method = ruleName == LinearScoring.Rule
                ? ScoringMethod.Linear(Thresholds[i], Targets[i], Stretches[i], Caps[i])
                : ScoringMethod.Custom(ruleName, new Dictionary<string, decimal>
                {
                    ["threshold"] = Thresholds[i],
                    ["target"] = Targets[i],
                    ["stretch"] = Stretches[i],
                    ["cap"] = Caps[i],
                });
            builder.Add(new PerformanceCriterion($"k{i}", $"Criterion {i}", "u", CriterionDirection.HigherIsBetter, method), Weights[i]);
        }

        return builder.Build(registry);
    }

    /// <summary>Deterministic actual values spread across threshold, target and stretch.</summary>
    public static decimal Actual(int subject, int criterion) => Thresholds[criterion] - 10m + (((subject * 7) + (criterion * 13)) % 600 / 10m);

    /// <summary>The hand-written linear score: what the library's linear rule computes, with nothing else.</summary>
    public static decimal Linear(decimal actual, int i)
    {
        decimal threshold = Thresholds[i];
        decimal target = Targets[i];
        decimal stretch = Stretches[i];
        if (actual <= threshold)
        {
            return 0m;
        }

        if (actual < target)
        {
            return (actual - threshold) * 100m / (target - threshold);
        }

        if (actual >= stretch)
        {
            return Caps[i];
        }

        return 100m + ((actual - target) * (Caps[i] - 100m) / (stretch - target));
    }
}

/// <summary>The same linear rule written by an integrator: it reads its parameters once, at bind, and scores through reference slots.</summary>
internal sealed class CustomLinearRule : IScoringRule
{
    public string Name => "custom-linear";

    public CriterionScorer? Bind(ScoringRuleBindContext context) =>
        new Scorer(context.Reference("threshold"), context.Reference("target"), context.Reference("stretch"), context.Require("cap"));

    private sealed class Scorer(ReferenceSlot threshold, ReferenceSlot target, ReferenceSlot stretch, decimal cap) : CriterionScorer(new ScoreRange(0m, cap))
    {
        public override decimal Score(in ScoringContext context)
        {
            decimal actual = context.Actual;
            decimal t = context.Reference(threshold);
            decimal g = context.Reference(target);
            if (actual <= t)
            {
                return 0m;
            }

            if (actual < g)
            {
                return (actual - t) * 100m / (g - t);
            }

            decimal s = context.Reference(stretch);
            return actual >= s ? cap : 100m + ((actual - g) * (cap - 100m) / (s - g));
        }
    }
}

/// <summary>Batch scoring of 10,000 and 100,000 subjects against the hand-written decimal loop.</summary>
[MemoryDiagnoser]
public class ScoringBatchBenchmarks
{
    private decimal[] _values = [];
    private decimal[] _baselineResults = [];
    private SubjectScore[] _results = [];
    private Scorecard _builtIn = null!;
    private Scorecard _custom = null!;
    private ActualsTable _builtInTable = null!;
    private ActualsTable _customTable = null!;

    [Params(10_000, 100_000)]
    public int Subjects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _builtIn = EightCriteria.Build(LinearScoring.Rule, ScoringRuleRegistry.BuiltIn);
        _custom = EightCriteria.Build("custom-linear", ScoringRuleRegistry.Create(new CustomLinearRule()));
        PartyId[] subjects = [.. Enumerable.Range(0, Subjects).Select(i => new PartyId($"rep-{i}"))];
        _builtInTable = _builtIn.CreateTable(subjects);
        _customTable = _custom.CreateTable(subjects);
        _values = new decimal[Subjects * EightCriteria.Count];
        for (int s = 0; s < Subjects; s++)
        {
            for (int c = 0; c < EightCriteria.Count; c++)
            {
                decimal actual = EightCriteria.Actual(s, c);
                _values[(s * EightCriteria.Count) + c] = actual;
                _builtInTable.Set(s, c, actual);
                _customTable.Set(s, c, actual);
            }
        }

        _baselineResults = new decimal[Subjects];
        _results = new SubjectScore[Subjects];
    }

    /// <summary>A plain decimal loop over arrays computing the same weighted linear score.</summary>
    [Benchmark(Baseline = true)]
    public decimal HandWrittenLoop()
    {
        decimal[] weights = EightCriteria.Weights;
        for (int s = 0; s < Subjects; s++)
        {
            decimal sum = 0m;
            for (int c = 0; c < EightCriteria.Count; c++)
            {
                sum += weights[c] * EightCriteria.Linear(_values[(s * EightCriteria.Count) + c], c);
            }

            _baselineResults[s] = sum / 100m;
        }

        return _baselineResults[Subjects - 1];
    }

    [Benchmark]
    public decimal? ScoreBatch_BuiltInLinear()
    {
        _builtIn.ScoreBatch(_builtInTable, _results);
        return _results[Subjects - 1].Score;
    }

    [Benchmark]
    public decimal? ScoreBatch_CustomLinearRule()
    {
        _custom.ScoreBatch(_customTable, _results);
        return _results[Subjects - 1].Score;
    }
}

/// <summary>One subject with the full explanation, and the cost of building the scorecard, apart from using it.</summary>
[MemoryDiagnoser]
public class ScorecardBenchmarks
{
    private Scorecard _card = null!;
    private Actuals _actuals = null!;
    private decimal[] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        _card = EightCriteria.Build(LinearScoring.Rule, ScoringRuleRegistry.BuiltIn);
        ActualsBuilder builder = Actuals.For("rep-1");
        _values = new decimal[EightCriteria.Count];
        for (int c = 0; c < EightCriteria.Count; c++)
        {
            _values[c] = EightCriteria.Actual(1, c);
            builder.Value($"k{c}", _values[c]);
        }

        _actuals = builder.Build();
    }

    /// <summary>The hand-written weighted linear score of one subject.</summary>
    [Benchmark(Baseline = true)]
    public decimal HandWrittenOneSubject()
    {
        decimal sum = 0m;
        for (int c = 0; c < EightCriteria.Count; c++)
        {
            sum += EightCriteria.Weights[c] * EightCriteria.Linear(_values[c], c);
        }

        return sum / 100m;
    }

    /// <summary>The explained result: overall numbers and every criterion's data (no text).</summary>
    [Benchmark]
    public decimal? ScoreOneSubjectExplained() => _card.Score(_actuals).Score;

    /// <summary>The numbers only, as a <see cref="SubjectScore"/>: allocates nothing.</summary>
    [Benchmark]
    public decimal? ScoreOneSubjectNumbersOnly() => _card.ScoreOnly(_actuals).Score;

    /// <summary>The explained result and its full text.</summary>
    [Benchmark]
    public int ScoreOneSubjectExplainText() => _card.Score(_actuals).Explain().Length;

    [Benchmark]
    public int BuildEightCriterionScorecard() => EightCriteria.Build(LinearScoring.Rule, ScoringRuleRegistry.BuiltIn).Criteria.Count;
}
