using Accountability.Feedback;
using Accountability.Storage.PostgreSql.Appender;
using Accountability.Storage.PostgreSql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Accountability.Storage.PostgreSql.Tests;

/// <summary>Real processes: a writer killed with SIGKILL loses nothing it acknowledged; writers contending from several processes lose nothing.</summary>
public sealed class ProcessTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    private const int Kills = 12;

    [PostgresFact]
    public async Task AWriterKilledAtRandomMoments_LosesNoAcknowledgedRecord_AndLeavesNoHalfBatch()
    {
        string schema = database.NewSchema();
        PostgreSqlAccountabilityStore store = database.Keep(await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema));
        var random = new Random(20260413);
        int acknowledged = 0;
        for (int round = 0; round < Kills; round++)
        {
            string writer = "k" + round;
            int killAfter = random.Next(1, 80);
            using AppenderProcess child = AppenderProcess.Start("own", database.ConnectionString, schema, writer, "-1");
            Assert.True(child.ReadUntil(line => line == "ready"), "the appender did not start: " + child.Errors);
            int acks = 0;
            Assert.True(child.ReadUntil(line => line.StartsWith("ack ", StringComparison.Ordinal) && ++acks >= killAfter), "the appender stopped: " + child.Errors);
            Thread.Sleep(random.Next(0, 15));
            child.Kill();

            string[] ids = [.. child.Lines.Where(l => l.StartsWith("ack ", StringComparison.Ordinal)).Select(l => l[4..])];
            acknowledged += ids.Length;
            foreach (string id in ids)
            {
                string[] parts = id.Split('-');
                FeedbackRecord expected = AppenderRecords.Make(writer, int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
                var read = Assert.IsType<FeedbackRecord>(await store.ReadAsync(new RecordId(id)));
                Assert.Equal(expected.Text, read.Text);
                Assert.Equal(expected.RecordedAt, read.RecordedAt);
                Assert.Equal(expected.Author, read.Author);
                Assert.Equal(expected.Subject, read.Subject);
                Assert.Equal(expected.Kind, read.Kind);
                Assert.Equal(AppenderRecords.Id(writer, int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), 0), read.Stream.Value);
                Assert.Equal(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) + 1, read.Version);
            }

            // Whatever the kill interrupted is all there or not there: every stored stream holds its whole batch, and at
            // most the one append in flight is stored without having been acknowledged.
            List<AccountabilityRecord> stored = [];
            var query = new RecordQuery { Author = new PartyId(writer), PageSize = RecordQuery.MaxPageSize };
            RecordPage page = await store.QueryAsync(query);
            stored.AddRange(page.Records);
            Assert.Null(page.ContinuationToken);
            foreach (IGrouping<StreamId, AccountabilityRecord> stream in stored.GroupBy(r => r.Stream))
            {
                int n = int.Parse(stream.Key.Value.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(AppenderRecords.BatchSize(n), stream.Count());
            }

            Assert.Superset(ids.ToHashSet(), stored.Select(r => r.Id.Value).ToHashSet());
            Assert.InRange(stored.Count - ids.Length, 0, 3);
        }

        Assert.True(acknowledged >= Kills);
        output.WriteLine($"{Kills} kills, {acknowledged} acknowledged records checked");
    }

    [PostgresFact]
    public async Task WritersInThreeProcesses_ContendingForTwoStreams_LoseNothing_AndEachVersionIsAcknowledgedOnce()
    {
        const int writers = 3;
        const int each = 30;
        string schema = database.NewSchema();
        PostgreSqlAccountabilityStore store = database.Keep(await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema));

        AppenderProcess[] children = [.. Enumerable.Range(0, writers).Select(w => AppenderProcess.Start("contend", database.ConnectionString, schema, "c" + w, each.ToString(System.Globalization.CultureInfo.InvariantCulture), "2"))];
        try
        {
            foreach (AppenderProcess child in children)
            {
                Assert.True(child.WaitForExit() == 0, "an appender failed: " + child.Errors);
            }
        }
        finally
        {
            foreach (AppenderProcess child in children)
            {
                child.Dispose();
            }
        }

        string[][] acks = [.. children.SelectMany(c => c.Lines).Where(l => l.StartsWith("ack ", StringComparison.Ordinal)).Select(l => l.Split(' '))];
        int conflicts = children.Sum(c => c.Lines.Count(l => l.StartsWith("conflict ", StringComparison.Ordinal)));
        Assert.Equal(writers * each, acks.Length);

        // No version was acknowledged to two writers, and every acknowledged record is where its writer was told.
        Assert.Equal(acks.Length, acks.Select(a => (a[2], a[3])).Distinct().Count());
        foreach (string[] ack in acks)
        {
            AccountabilityRecord? read = await store.ReadAsync(new RecordId(ack[1]));
            Assert.NotNull(read);
            Assert.Equal(ack[2], read.Stream.Value);
            Assert.Equal(long.Parse(ack[3], System.Globalization.CultureInfo.InvariantCulture), read.Version);
        }

        foreach (string stream in new[] { "contended-0", "contended-1" })
        {
            IReadOnlyList<AccountabilityRecord> records = await store.ReadStreamAsync(new StreamId(stream));
            Assert.Equal(Enumerable.Range(1, records.Count).Select(v => (long)v), records.Select(r => r.Version));
        }

        Assert.Equal(writers * each, (await store.QueryAsync(new RecordQuery { PageSize = 1000 })).Records.Count);
        output.WriteLine($"{acks.Length} appends acknowledged, {conflicts} conflicts reported to the writers and retried");
    }
}
