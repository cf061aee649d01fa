using System.Globalization;
using Accountability.Feedback;
using Accountability.Serialization;
using Accountability.Storage.Sqlite;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Accountability.Benchmarks;

/// <summary>
/// The SQLite store against the in-memory store (the baseline): appends one record at a time (each its own durable
/// transaction, fsync on commit) and in batches of 100, each into a fresh store per iteration; and, with 100,000 records
/// stored (500 reps, 200 records each), a query for one rep's newest page of 100 and a read by identifier.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SqliteStoreBenchmarks
{
    private const int Stored = 100_000;
    private const int Reps = 500;
    private const int Singles = 200;
    private const int Batches = 20;
    private const int BatchSize = 100;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "acc-sqlite-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    private AccountabilityRecord[] _records = [];
    private InMemoryAccountabilityStore _memoryFilled = null!;
    private SqliteAccountabilityStore _sqliteFilled = null!;
    private InMemoryAccountabilityStore _memory = null!;
    private SqliteAccountabilityStore _sqlite = null!;
    private int _iteration;
    private readonly RecordQuery _repQuery = new() { Subject = RecordSubject.Of(new PartyId("rep-7")), Order = RecordOrder.Descending, PageSize = 100 };
    private readonly RecordId _someId = new("r054321");

    /// <summary>Records made from one record document with the identifier, subject, author and time changed (public API only).</summary>
    private static AccountabilityRecord[] MakeRecords(int count)
    {
        const string template = """{"schemaVersion":1,"kind":"record","recordKind":"coaching","id":"ID","recordedAt":"AT","author":"AUTHOR","subject":{"party":"REP"},"text":"Plan two more visits a week.","visibility":"SharedWithSubject"}""";
        var records = new AccountabilityRecord[count];
        Instant start = Instant.FromUtc(2026, 4, 1, 9, 0);
        for (int i = 0; i < count; i++)
        {
            string json = template
                .Replace("ID", "r" + i.ToString("D6", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("AT", (start + Duration.FromSeconds(i)).ToString(), StringComparison.Ordinal)
                .Replace("AUTHOR", "manager-" + (i % 50).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("REP", "rep-" + (i % Reps).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            records[i] = AccountabilityJson.ReadRecord(json);
        }

        return records;
    }

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        _records = MakeRecords(Stored);
        _memoryFilled = new InMemoryAccountabilityStore();
        _sqliteFilled = SqliteAccountabilityStore.Open(Path.Combine(_folder, "filled.db"));
        for (int b = 0; b < Stored / 1000; b++)
        {
            AccountabilityRecord[] batch = _records[(b * 1000)..((b + 1) * 1000)];
            var stream = new StreamId("batch-" + b.ToString(CultureInfo.InvariantCulture));
            _memoryFilled.AppendAsync(stream, 0, batch).AsTask().GetAwaiter().GetResult();
            _sqliteFilled.AppendAsync(stream, 0, batch).AsTask().GetAwaiter().GetResult();
        }
    }

    [IterationSetup]
    public void FreshStores()
    {
        _sqlite?.Dispose();
        _memory = new InMemoryAccountabilityStore();
        _sqlite = SqliteAccountabilityStore.Open(Path.Combine(_folder, "fresh-" + (_iteration++).ToString(CultureInfo.InvariantCulture) + ".db"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite?.Dispose();
        _sqliteFilled.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "InMemoryAccountabilityStore, 1 record per append", OperationsPerInvoke = Singles)]
    [BenchmarkCategory("append single")]
    public long AppendSingle_InMemory() => AppendSingles(_memory);

    [Benchmark(Description = "SqliteAccountabilityStore, 1 record per append", OperationsPerInvoke = Singles)]
    [BenchmarkCategory("append single")]
    public long AppendSingle_Sqlite() => AppendSingles(_sqlite);

    [Benchmark(Baseline = true, Description = "InMemoryAccountabilityStore, 100 records per append (per record)", OperationsPerInvoke = Batches * BatchSize)]
    [BenchmarkCategory("append batch of 100")]
    public long AppendBatch_InMemory() => AppendBatches(_memory);

    [Benchmark(Description = "SqliteAccountabilityStore, 100 records per append (per record)", OperationsPerInvoke = Batches * BatchSize)]
    [BenchmarkCategory("append batch of 100")]
    public long AppendBatch_Sqlite() => AppendBatches(_sqlite);

    [Benchmark(Baseline = true, Description = "InMemoryAccountabilityStore, one rep's newest 100 of 100,000")]
    [BenchmarkCategory("query at 100,000")]
    public int Query_InMemory() => _memoryFilled.QueryAsync(_repQuery).AsTask().GetAwaiter().GetResult().Records.Count;

    [Benchmark(Description = "SqliteAccountabilityStore, one rep's newest 100 of 100,000")]
    [BenchmarkCategory("query at 100,000")]
    public int Query_Sqlite() => _sqliteFilled.QueryAsync(_repQuery).AsTask().GetAwaiter().GetResult().Records.Count;

    [Benchmark(Baseline = true, Description = "InMemoryAccountabilityStore, read by id of 100,000")]
    [BenchmarkCategory("read by id at 100,000")]
    public long Read_InMemory() => _memoryFilled.ReadAsync(_someId).AsTask().GetAwaiter().GetResult()!.Version;

    [Benchmark(Description = "SqliteAccountabilityStore, read by id of 100,000")]
    [BenchmarkCategory("read by id at 100,000")]
    public long Read_Sqlite() => _sqliteFilled.ReadAsync(_someId).AsTask().GetAwaiter().GetResult()!.Version;

    private long AppendSingles(IAccountabilityStore store)
    {
        long last = 0;
        for (int i = 0; i < Singles; i++)
        {
            last = store.AppendAsync(new StreamId("s" + (i % 10).ToString(CultureInfo.InvariantCulture)), i / 10, [_records[i]]).AsTask().GetAwaiter().GetResult()[0].Version;
        }

        return last;
    }

    private long AppendBatches(IAccountabilityStore store)
    {
        long last = 0;
        for (int b = 0; b < Batches; b++)
        {
            last = store.AppendAsync(new StreamId("b" + b.ToString(CultureInfo.InvariantCulture)), 0, _records[(b * BatchSize)..((b + 1) * BatchSize)]).AsTask().GetAwaiter().GetResult()[^1].Version;
        }

        return last;
    }
}
