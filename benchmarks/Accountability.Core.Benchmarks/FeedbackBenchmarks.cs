using System.Globalization;
using Accountability.Feedback;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;

namespace Accountability.Benchmarks;

/// <summary>
/// Appending and querying 100,000 records in memory: 100,000 pieces of feedback about 500 reps from 50 managers, each
/// in its own stream (as the journal writes them). Appended to the in-memory store; then read back by subject (all
/// pages of one rep's 200 records, newest first) and as the whole store in pages of 1,000. Beside each, a hand-written
/// list + dictionaries doing the same work; and the journal's own cost of giving feedback (checks, clock, ids, store).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FeedbackBenchmarks
{
    private const int Records = 100_000;
    private const int Reps = 500;
    private const int Managers = 50;

    private AccountabilityRecord[] _records = [];
    private PlainRecord[] _plain = [];
    private InMemoryAccountabilityStore _filled = null!;
    private PlainStore _plainFilled = null!;
    private readonly RecordSubject _rep = RecordSubject.Of(new PartyId("rep-7"));

    [GlobalSetup]
    public void Setup()
    {
        // The journal hands unstored records to its store; capture them to append them again and again.
        var capture = new CapturingStore();
        var journal = new FeedbackJournal(capture, new SteppingClock());
        for (int i = 0; i < Records; i++)
        {
            journal.GiveAsync(Manager(i), new PartyId(Rep(i)), FeedbackKind.Coaching, "Plan two more visits a week.").AsTask().GetAwaiter().GetResult();
        }

        _records = [.. capture.Captured];
        _plain = [.. _records.Select(r => new PlainRecord(r.Id.Value, r.Author.Value, r.Subject.Key, r.Kind, r.RecordedAt, ((FeedbackRecord)r).Text))];
        _filled = AppendAll();
        _plainFilled = PlainAppendAll();
    }

    [Benchmark(Baseline = true, Description = "hand-written: list + id, stream, subject and author indexes")]
    [BenchmarkCategory("append 100,000")]
    public int Append_HandWritten() => PlainAppendAll().Count;

    [Benchmark(Description = "InMemoryAccountabilityStore.AppendAsync, one stream each")]
    [BenchmarkCategory("append 100,000")]
    public int Append_Store() => AppendAll().Count;

    [Benchmark(Description = "FeedbackJournal.GiveAsync (checks, clock, ids, store)")]
    [BenchmarkCategory("append 100,000")]
    public int Give_Journal()
    {
        var store = new InMemoryAccountabilityStore();
        var journal = new FeedbackJournal(store, new SteppingClock());
        for (int i = 0; i < Records; i++)
        {
            journal.GiveAsync(Manager(i), new PartyId(Rep(i)), FeedbackKind.Coaching, "Plan two more visits a week.").AsTask().GetAwaiter().GetResult();
        }

        return store.Count;
    }

    [Benchmark(Baseline = true, Description = "hand-written: subject index, newest first, pages of 50")]
    [BenchmarkCategory("query one subject")]
    public int QuerySubject_HandWritten()
    {
        List<int> positions = _plainFilled.BySubject[_rep.Key];
        int seen = 0;
        for (int end = positions.Count; end > 0; end -= 50)
        {
            var page = new List<PlainRecord>(50);
            for (int i = end - 1; i >= Math.Max(0, end - 50); i--)
            {
                page.Add(_plainFilled.All[positions[i]]);
            }

            seen += page.Count;
        }

        return seen;
    }

    [Benchmark(Description = "QueryAsync by subject, descending, pages of 50")]
    [BenchmarkCategory("query one subject")]
    public int QuerySubject_Store()
    {
        var query = new RecordQuery { Subject = _rep, Order = RecordOrder.Descending, PageSize = 50 };
        return ReadAll(query);
    }

    [Benchmark(Baseline = true, Description = "hand-written: the list in pages of 1,000")]
    [BenchmarkCategory("page through 100,000")]
    public int PageAll_HandWritten()
    {
        int seen = 0;
        for (int start = 0; start < _plainFilled.All.Count; start += 1000)
        {
            seen += _plainFilled.All.GetRange(start, Math.Min(1000, _plainFilled.All.Count - start)).Count;
        }

        return seen;
    }

    [Benchmark(Description = "QueryAsync, ascending, pages of 1,000")]
    [BenchmarkCategory("page through 100,000")]
    public int PageAll_Store() => ReadAll(new RecordQuery { PageSize = 1000 });

    [Benchmark(Baseline = true, Description = "hand-written: scan for one kind in a time window")]
    [BenchmarkCategory("query kind and time")]
    public int QueryKindTime_HandWritten()
    {
        Instant from = Instant.FromUtc(2026, 4, 1, 12, 0);
        Instant until = Instant.FromUtc(2026, 4, 1, 18, 0);
        int seen = 0;
        foreach (PlainRecord r in _plainFilled.All)
        {
            if (r.Kind == RecordKinds.Coaching && r.At >= from && r.At < until)
            {
                seen++;
            }
        }

        return seen;
    }

    [Benchmark(Description = "QueryAsync by kind and time range, pages of 1,000")]
    [BenchmarkCategory("query kind and time")]
    public int QueryKindTime_Store() =>
        ReadAll(new RecordQuery { Kinds = [RecordKinds.Coaching], From = Instant.FromUtc(2026, 4, 1, 12, 0), Until = Instant.FromUtc(2026, 4, 1, 18, 0), PageSize = 1000 });

    private int ReadAll(RecordQuery query)
    {
        RecordPage page = _filled.QueryAsync(query).AsTask().GetAwaiter().GetResult();
        int seen = page.Records.Count;
        while (page.ContinuationToken is { } next)
        {
            page = _filled.QueryAsync(query.After(next)).AsTask().GetAwaiter().GetResult();
            seen += page.Records.Count;
        }

        return seen;
    }

    private InMemoryAccountabilityStore AppendAll()
    {
        var store = new InMemoryAccountabilityStore();
        foreach (AccountabilityRecord record in _records)
        {
            store.AppendAsync(new StreamId(record.Id.Value), 0, [record]).AsTask().GetAwaiter().GetResult();
        }

        return store;
    }

    private PlainStore PlainAppendAll()
    {
        var store = new PlainStore();
        foreach (PlainRecord record in _plain)
        {
            store.Append(record.Id, 0, record);
        }

        return store;
    }

    private static string Rep(int i) => "rep-" + (i % Reps).ToString(CultureInfo.InvariantCulture);

    private static string Manager(int i) => "manager-" + (i % Managers).ToString(CultureInfo.InvariantCulture);

    /// <summary>A plain record: strings and an instant.</summary>
    private sealed record PlainRecord(string Id, string Author, string Subject, string Kind, Instant At, string Text);

    /// <summary>The hand-written equivalent: a list, and dictionaries by id, stream and subject, under a lock.</summary>
    private sealed class PlainStore
    {
        private readonly Lock _gate = new();

        public List<PlainRecord> All { get; } = [];

        public Dictionary<string, int> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>> ByStream { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>> BySubject { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>> ByAuthor { get; } = new(StringComparer.Ordinal);

        public int Count => All.Count;

        public void Append(string stream, int expected, PlainRecord record)
        {
            lock (_gate)
            {
                List<int>? positions = ByStream.GetValueOrDefault(stream);
                if ((positions?.Count ?? 0) != expected || ById.ContainsKey(record.Id))
                {
                    throw new InvalidOperationException("conflict");
                }

                if (positions is null)
                {
                    positions = [];
                    ByStream.Add(stream, positions);
                }

                int position = All.Count;
                positions.Add(position);
                ById.Add(record.Id, position);
                Index(BySubject, record.Subject, position);
                Index(ByAuthor, record.Author, position);
                All.Add(record);
            }
        }

        private static void Index(Dictionary<string, List<int>> index, string key, int position)
        {
            if (!index.TryGetValue(key, out List<int>? list))
            {
                list = [];
                index.Add(key, list);
            }

            list.Add(position);
        }
    }

    /// <summary>A clock that moves one second per reading from 1 April 2026, 09:00 UTC.</summary>
    private sealed class SteppingClock : IClock
    {
        private Instant _now = Instant.FromUtc(2026, 4, 1, 9, 0);

        public Instant GetCurrentInstant()
        {
            Instant now = _now;
            _now += Duration.FromSeconds(1);
            return now;
        }
    }

    /// <summary>Keeps the unstored records a journal appends, and returns them placed.</summary>
    private sealed class CapturingStore : IAccountabilityStore
    {
        public List<AccountabilityRecord> Captured { get; } = [];

        public ValueTask<IReadOnlyList<AccountabilityRecord>> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<AccountabilityRecord> records, CancellationToken cancellationToken = default)
        {
            Captured.AddRange(records);
            return ValueTask.FromResult<IReadOnlyList<AccountabilityRecord>>([.. records.Select((r, i) => r.PlacedAt(stream, expectedVersion + i + 1))]);
        }

        public ValueTask<AccountabilityRecord?> ReadAsync(RecordId id, CancellationToken cancellationToken = default) => ValueTask.FromResult<AccountabilityRecord?>(null);

        public ValueTask<IReadOnlyList<AccountabilityRecord>> ReadStreamAsync(StreamId stream, CancellationToken cancellationToken = default) => ValueTask.FromResult<IReadOnlyList<AccountabilityRecord>>([]);

        public ValueTask<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default) => ValueTask.FromResult(RecordPage.Create([], null));
    }
}
