using Accountability.Criteria;
using Accountability.Scoring;
using BenchmarkDotNet.Attributes;

namespace Accountability.Benchmarks;

/// <summary>
/// Batch scoring where each of 100,000 subjects has their own threshold, target and stretch on each of 8 criteria,
/// against a hand-written decimal loop that reads the same per-subject values from arrays.
/// </summary>
[MemoryDiagnoser]
public class PerSubjectScoringBenchmarks
{
    private static readonly string[] Own = ["threshold", "target", "stretch"];

    private decimal[] _values = [];
    private decimal[] _own = [];
    private decimal[] _baselineResults = [];
    private SubjectScore[] _results = [];
    private Scorecard _builtIn = null!;
    private Scorecard _custom = null!;
    private Scorecard _shared = null!;
    private ActualsTable _builtInTable = null!;
    private ActualsTable _customTable = null!;
    private ActualsTable _sharedTable = null!;

    [Params(100_000)]
    public int Subjects { get; set; }

    /// <summary>The subject's own threshold, target and stretch of criterion <paramref name="c"/>: the shared ones, moved a little per subject.</summary>
    public static (decimal Threshold, decimal Target, decimal Stretch) OwnValues(int s, int c) =>
        (EightCriteria.Thresholds[c] + (s % 5), EightCriteria.Targets[c] + (s % 7), EightCriteria.Stretches[c] + (s % 9));

    [GlobalSetup]
    public void Setup()
    {
        _builtIn = Build(LinearScoring.Rule, ScoringRuleRegistry.BuiltIn);
        _custom = Build("custom-linear", ScoringRuleRegistry.Create(new CustomLinearRule()));
        _shared = EightCriteria.Build(LinearScoring.Rule, ScoringRuleRegistry.BuiltIn);
        PartyId[] subjects = [.. Enumerable.Range(0, Subjects).Select(i => new PartyId($"rep-{i}"))];
        _builtInTable = _builtIn.CreateTable(subjects);
        _customTable = _custom.CreateTable(subjects);
        _sharedTable = _shared.CreateTable(subjects);
        _values = new decimal[Subjects * EightCriteria.Count];
        _own = new decimal[Subjects * EightCriteria.Count * 3];
        Span<decimal> actuals = stackalloc decimal[EightCriteria.Count];
        Span<decimal> own = stackalloc decimal[EightCriteria.Count * 3];
        for (int s = 0; s < Subjects; s++)
        {
            for (int c = 0; c < EightCriteria.Count; c++)
            {
                actuals[c] = EightCriteria.Actual(s, c);
                (decimal t, decimal g, decimal st) = OwnValues(s, c);
                own[(c * 3) + 0] = t;
                own[(c * 3) + 1] = g;
                own[(c * 3) + 2] = st;
            }

            actuals.CopyTo(_values.AsSpan(s * EightCriteria.Count));
            own.CopyTo(_own.AsSpan(s * EightCriteria.Count * 3));
            _builtInTable.SetRow(s, actuals, own, null);
            _customTable.SetRow(s, actuals, own, null);
            _sharedTable.SetRow(s, actuals);
        }

        _baselineResults = new decimal[Subjects];
        _results = new SubjectScore[Subjects];
    }

    /// <summary>A plain decimal loop over arrays computing the same weighted linear score with each subject's own values.</summary>
    [Benchmark(Baseline = true)]
    public decimal HandWrittenLoop()
    {
        decimal[] weights = EightCriteria.Weights;
        decimal[] caps = EightCriteria.Caps;
        for (int s = 0; s < Subjects; s++)
        {
            decimal sum = 0m;
            int row = s * EightCriteria.Count;
            for (int c = 0; c < EightCriteria.Count; c++)
            {
                int own = (row + c) * 3;
                decimal threshold = _own[own];
                decimal target = _own[own + 1];
                decimal stretch = _own[own + 2];
                decimal actual = _values[row + c];
                decimal score;
                if (actual <= threshold)
                {
                    score = 0m;
                }
                else if (actual < target)
                {
                    score = (actual - threshold) * 100m / (target - threshold);
                }
                else if (actual >= stretch)
                {
                    score = caps[c];
                }
                else
                {
                    score = 100m + ((actual - target) * (caps[c] - 100m) / (stretch - target));
                }

                sum += weights[c] * score;
            }

            _baselineResults[s] = sum / 100m;
        }

        return _baselineResults[Subjects - 1];
    }

    [Benchmark]
    public decimal? ScoreBatch_OwnValues_BuiltInLinear()
    {
        _builtIn.ScoreBatch(_builtInTable, _results);
        return _results[Subjects - 1].Score;
    }

    [Benchmark]
    public decimal? ScoreBatch_OwnValues_CustomLinearRule()
    {
        _custom.ScoreBatch(_customTable, _results);
        return _results[Subjects - 1].Score;
    }

    /// <summary>For comparison: the same actuals against one shared definition (no per-subject values).</summary>
    [Benchmark]
    public decimal? ScoreBatch_SharedValues_BuiltInLinear()
    {
        _shared.ScoreBatch(_sharedTable, _results);
        return _results[Subjects - 1].Score;
    }

    private static Scorecard Build(string ruleName, ScoringRuleRegistry registry)
    {
        Scorecard shared = EightCriteria.Build(ruleName, registry);
        ScorecardBuilder builder = Scorecard.CreateBuilder("bench-own", "Benchmark card, own values");
        foreach (ScorecardCriterion entry in shared.Criteria)
        {
            builder.Add(entry.Criterion, entry.Weight, Own);
        }

        return builder.Build(registry);
    }
}
