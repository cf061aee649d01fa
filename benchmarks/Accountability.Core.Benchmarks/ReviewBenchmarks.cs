using Accountability.Reviews;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Accountability.Benchmarks;

/// <summary>
/// "Who is overdue for feedback" over 10,000 reps (and 1,000), with five feedback facts per rep in no particular order and
/// a tenth of the reps never given feedback, beside a hand-written dictionary of each rep's last feedback date.
/// </summary>
[MemoryDiagnoser]
public class ReviewBenchmarks
{
    private static readonly LocalDate Start = new(2026, 1, 1);
    private static readonly LocalDate On = new(2026, 6, 30);
    private readonly FeedbackCadence _cadence = new(30, Start);
    private PartyId[] _reps = [];
    private FeedbackFact[] _facts = [];

    [Params(1_000, 10_000)]
    public int Reps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _reps = [.. Enumerable.Range(0, Reps).Select(i => new PartyId("rep-" + i))];
        var facts = new List<FeedbackFact>(Reps * 5);
        for (int i = 0; i < Reps; i++)
        {
            if (i % 10 == 9)
            {
                continue;
            }

            for (int k = 0; k < 5; k++)
            {
                facts.Add(new FeedbackFact(_reps[i], Start.PlusDays(random.Next(0, 200))));
            }
        }

        _facts = [.. facts.OrderBy(_ => random.Next())];
    }

    /// <summary>The last feedback per rep in a dictionary, then one pass over the reps.</summary>
    [Benchmark(Baseline = true)]
    public int HandWrittenOverdue()
    {
        var last = new Dictionary<PartyId, LocalDate>(_reps.Length);
        foreach (FeedbackFact fact in _facts)
        {
            if (fact.On <= On && (!last.TryGetValue(fact.Subject, out LocalDate seen) || fact.On > seen))
            {
                last[fact.Subject] = fact.On;
            }
        }

        int overdue = 0;
        foreach (PartyId rep in _reps)
        {
            LocalDate from = last.TryGetValue(rep, out LocalDate date) ? date : Start;
            if (from.PlusDays(30) < On)
            {
                overdue++;
            }
        }

        return overdue;
    }

    [Benchmark]
    public int FeedbackCadenceOverdue() => _cadence.Overdue(On, _reps, _facts).Count;
}
