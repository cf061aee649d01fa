using Accountability.Feedback;
using Microsoft.Data.Sqlite;

namespace Accountability.Storage.Sqlite.Tests;

/// <summary>
/// Real processes: a writer killed with SIGKILL at random moments loses no acknowledged record and leaves a sound
/// database; two writers on the same streams lose nothing and report every conflict.
/// </summary>
public sealed class SqliteProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Every acknowledged record is stored, in its place, equal to what the writer made.</summary>
    private static async Task AssertKept(SqliteAccountabilityStore store, IEnumerable<(string Stream, long Version, string Id)> acknowledged)
    {
        foreach ((string stream, long version, string id) in acknowledged)
        {
            AccountabilityRecord? read = await store.ReadAsync(new RecordId(id));
            Assert.True(read is not null, $"acknowledged record {id} is missing");
            AccountabilityRecord expected = WriterProcess.Expected(id).PlacedAt(new StreamId(stream), version);
            Assert.Equal(RecordText.Of(expected), RecordText.Of(read));
        }
    }

    [Fact]
    public async Task KilledWriter_TwentyTimes_LosesNoAcknowledgedRecord_AndTheDatabaseStaysSound()
    {
        const int rounds = 20;
        string path = _folder.File("crash.db");
        var random = new Random(20260413);
        var acknowledged = new List<(string Stream, long Version, string Id)>();
        int killedWhileWriting = 0;
        for (int round = 0; round < rounds; round++)
        {
            using WriterProcess writer = WriterProcess.Start(path, "k" + round, streams: 4, count: 100_000);
            await writer.Ready.WaitAsync(TimeSpan.FromSeconds(60));
            // Three kills in four wait for the first acknowledged append, however slow the machine, then a random
            // moment more; the fourth comes at a random moment that may be before any append.
            if (round % 4 != 0)
            {
                for (int wait = 0; wait < 6000 && writer.Acknowledged.Count == 0; wait++)
                {
                    await Task.Delay(10);
                }
            }

            await Task.Delay(random.Next(0, 250));
            await writer.KillAsync();
            Assert.DoesNotContain("done", writer.Lines);
            if (writer.Acknowledged.Count > 0)
            {
                killedWhileWriting++;
            }

            acknowledged.AddRange(writer.Acknowledged);
            SqliteConnection.ClearAllPools();

            Assert.Equal("ok", IntegrityCheck(path));
            using SqliteAccountabilityStore store = SqliteAccountabilityStore.Open(path);
            await AssertKept(store, writer.Acknowledged);
        }

        Assert.True(killedWhileWriting >= rounds / 2, $"only {killedWhileWriting} of {rounds} kills came after an append");
        using SqliteAccountabilityStore final = SqliteAccountabilityStore.Open(path);
        Assert.Equal(acknowledged.Count, acknowledged.Select(a => a.Id).Distinct().Count());
        for (int s = 0; s < 4; s++)
        {
            IReadOnlyList<AccountabilityRecord> stream = await final.ReadStreamAsync(new StreamId("s" + s));
            Assert.Equal(Enumerable.Range(1, stream.Count).Select(v => (long)v), stream.Select(r => r.Version));
        }
    }

    [Fact]
    public async Task TwoWriterProcesses_OnTheSameStreams_LoseNothing_AndReportTheirConflicts()
    {
        const int batches = 150;
        string path = _folder.File("concurrent.db");
        string go = _folder.File("go");
        using (SqliteAccountabilityStore.Open(path))
        {
            // Created once, so the writers do not race to create the schema.
        }

        using WriterProcess a = WriterProcess.Start(path, "a", streams: 2, count: batches, go);
        using WriterProcess b = WriterProcess.Start(path, "b", streams: 2, count: batches, go);
        await Task.WhenAll(a.Ready, b.Ready).WaitAsync(TimeSpan.FromSeconds(60));
        await File.WriteAllTextAsync(go, "go");
        Assert.Equal(0, await a.WaitAsync().WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Equal(0, await b.WaitAsync());
        Assert.Contains("done", a.Lines);
        Assert.Contains("done", b.Lines);

        SqliteConnection.ClearAllPools();
        Assert.Equal("ok", IntegrityCheck(path));
        using SqliteAccountabilityStore store = SqliteAccountabilityStore.Open(path);
        var all = a.Acknowledged.Concat(b.Acknowledged).ToList();
        int records = Enumerable.Range(0, batches).Sum(i => 1 + (i % 3));
        Assert.Equal(2 * records, all.Count);
        await AssertKept(store, all);
        var stored = new List<AccountabilityRecord>();
        for (int s = 0; s < 2; s++)
        {
            IReadOnlyList<AccountabilityRecord> stream = await store.ReadStreamAsync(new StreamId("s" + s));
            Assert.Equal(Enumerable.Range(1, stream.Count).Select(v => (long)v), stream.Select(r => r.Version));
            stored.AddRange(stream);
        }

        // Nothing stored that was not acknowledged: a refused append left no trace.
        Assert.Equal(all.Select(x => x.Id).Order(StringComparer.Ordinal), stored.Select(r => r.Id.Value).Order(StringComparer.Ordinal));
        var conflicts = a.Conflicts.Concat(b.Conflicts).ToList();
        Assert.NotEmpty(conflicts);
        Assert.All(conflicts, c => Assert.True(c.Actual > c.Expected, $"a conflict on {c.Stream} at {c.Expected} saw version {c.Actual}"));
    }
}
