using System.Globalization;
using Accountability.Feedback;
using Accountability.Serialization;
using Accountability.Storage.PostgreSql;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using Npgsql;

namespace Accountability.Benchmarks;

/// <summary>
/// The PostgreSQL store against the in-memory store (the baseline), on the local server named by
/// <c>ACCOUNTABILITY_POSTGRES</c> (start one with <c>eval "$(bash eng/postgres.sh start)"</c>): appends one record at a
/// time (each its own transaction, committed durably) and in batches of 100, each into a fresh schema per iteration;
/// and, with 100,000 records stored (500 reps, 200 records each), a query for one rep's newest page of 100 and a read by
/// identifier. Everything runs in a database of its own, dropped at the end.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PostgreSqlStoreBenchmarks
{
    private const int Stored = 100_000;
    private const int Reps = 500;
    private const int Singles = 100;
    private const int Batches = 10;
    private const int BatchSize = 100;

    private readonly string _database = "acct_bench_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
    private string _server = string.Empty;
    private string _connection = string.Empty;
    private AccountabilityRecord[] _records = [];
    private InMemoryAccountabilityStore _memoryFilled = null!;
    private PostgreSqlAccountabilityStore _postgresFilled = null!;
    private InMemoryAccountabilityStore _memory = null!;
    private PostgreSqlAccountabilityStore? _postgres;
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
        _server = Environment.GetEnvironmentVariable("ACCOUNTABILITY_POSTGRES")
            ?? throw new InvalidOperationException("Set ACCOUNTABILITY_POSTGRES to a server's connection string: eval \"$(bash eng/postgres.sh start)\".");
        Execute(_server, $"CREATE DATABASE {_database}");
        _connection = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
        _records = MakeRecords(Stored);
        _memoryFilled = new InMemoryAccountabilityStore();
        _postgresFilled = PostgreSqlAccountabilityStore.OpenAsync(_connection, "filled").AsTask().GetAwaiter().GetResult();
        for (int b = 0; b < Stored / 1000; b++)
        {
            AccountabilityRecord[] batch = _records[(b * 1000)..((b + 1) * 1000)];
            var stream = new StreamId("batch-" + b.ToString(CultureInfo.InvariantCulture));
            _memoryFilled.AppendAsync(stream, 0, batch).AsTask().GetAwaiter().GetResult();
            _postgresFilled.AppendAsync(stream, 0, batch).AsTask().GetAwaiter().GetResult();
        }

        Execute(_connection, "ANALYZE");
    }

    [IterationSetup]
    public void FreshStores()
    {
        _postgres?.Dispose();
        _memory = new InMemoryAccountabilityStore();
        _postgres = PostgreSqlAccountabilityStore.OpenAsync(_connection, "fresh_" + (_iteration++).ToString(CultureInfo.InvariantCulture)).AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _postgres?.Dispose();
        _postgresFilled.Dispose();
        NpgsqlConnection.ClearAllPools();
        Execute(_server, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    [Benchmark(Baseline = true, Description = "InMemoryAccountabilityStore, 1 record per append", OperationsPerInvoke = Singles)]
    [BenchmarkCategory("append single")]
    public long AppendSingle_InMemory() => AppendSingles(_memory);

    [Benchmark(Description = "PostgreSqlAccountabilityStore, 1 record per append", OperationsPerInvoke = Singles)]
    [BenchmarkCategory("append single")]
    public long AppendSingle_PostgreSql() => AppendSingles(_postgres!);

    [Benchmark(Baseline = true, Description = "InMemoryAccountabilityStore, 100 records per append (per record)", OperationsPerInvoke = Batches * BatchSize)]
    [BenchmarkCategory("append batch of 100")]
    public long AppendBatch_InMemory() => AppendBatches(_memory);

    [Benchmark(Description = "PostgreSqlAccountabilityStore, 100 records per append (per record)", OperationsPerInvoke = Batches * BatchSize)]
    [BenchmarkCategory("append batch of 100")]
    public long AppendBatch_PostgreSql() => AppendBatches(_postgres!);

    [Benchmark(Baseline = true, Description = "InMemoryAccountabilityStore, one rep's newest 100 of 100,000")]
    [BenchmarkCategory("query at 100,000")]
    public int Query_InMemory() => _memoryFilled.QueryAsync(_repQuery).AsTask().GetAwaiter().GetResult().Records.Count;

    [Benchmark(Description = "PostgreSqlAccountabilityStore, one rep's newest 100 of 100,000")]
    [BenchmarkCategory("query at 100,000")]
    public int Query_PostgreSql() => _postgresFilled.QueryAsync(_repQuery).AsTask().GetAwaiter().GetResult().Records.Count;

    [Benchmark(Baseline = true, Description = "InMemoryAccountabilityStore, read by id of 100,000")]
    [BenchmarkCategory("read by id at 100,000")]
    public long Read_InMemory() => _memoryFilled.ReadAsync(_someId).AsTask().GetAwaiter().GetResult()!.Version;

    [Benchmark(Description = "PostgreSqlAccountabilityStore, read by id of 100,000")]
    [BenchmarkCategory("read by id at 100,000")]
    public long Read_PostgreSql() => _postgresFilled.ReadAsync(_someId).AsTask().GetAwaiter().GetResult()!.Version;

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

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
