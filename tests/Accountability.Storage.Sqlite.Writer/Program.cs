using System.Globalization;
using Accountability;
using Accountability.Feedback;
using Accountability.Storage.Sqlite;
using Accountability.Tests.Feedback;

// Usage: writer <db> <prefix> <streams> <count> [<go-file>]
// Appends <count> batches (1 to 3 records each) to streams s0..s<streams-1>, keeping its own idea of each stream's
// version. After each append returns it prints "ok <stream> <version> <id>" per record; on a conflict it prints
// "conflict <stream> <expected> <actual>", reads the stream again and retries. Every line is flushed at once, so what
// the parent reads was acknowledged before the process could be killed.
string db = args[0];
string prefix = args[1];
int streams = int.Parse(args[2], CultureInfo.InvariantCulture);
int count = int.Parse(args[3], CultureInfo.InvariantCulture);
string? go = args.Length > 4 ? args[4] : null;

using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
using SqliteAccountabilityStore store = SqliteAccountabilityStore.Open(db);
var versions = new long[streams];
for (int s = 0; s < streams; s++)
{
    versions[s] = (await store.ReadStreamAsync(new StreamId("s" + s.ToString(CultureInfo.InvariantCulture)))).Count;
}

output.WriteLine("ready");
while (go is not null && !File.Exists(go))
{
    Thread.Sleep(5);
}

int next = 0;
for (int i = 0; i < count; i++)
{
    int s = i % streams;
    var stream = new StreamId("s" + s.ToString(CultureInfo.InvariantCulture));
    int size = 1 + (i % 3);
    AccountabilityRecord[] batch = [.. Enumerable.Range(next, size).Select(n => WriterRecords.Make(prefix, n))];
    next += size;
    while (true)
    {
        try
        {
            IReadOnlyList<AccountabilityRecord> stored = await store.AppendAsync(stream, versions[s], batch);
            foreach (AccountabilityRecord r in stored)
            {
                output.WriteLine(FormattableString.Invariant($"ok {r.Stream} {r.Version} {r.Id}"));
            }

            versions[s] = stored[^1].Version;
            break;
        }
        catch (StreamVersionConflictException conflict)
        {
            output.WriteLine(FormattableString.Invariant($"conflict {conflict.Stream} {conflict.ExpectedVersion} {conflict.ActualVersion}"));
            versions[s] = (await store.ReadStreamAsync(stream)).Count;
        }
    }
}

output.WriteLine("done");

/// <summary>The records the writer appends, rebuilt by the tests from the identifier alone.</summary>
internal static class WriterRecords
{
    public static FeedbackRecord Make(string prefix, int n) => TestRecords.Feedback(
        prefix + "-" + n.ToString("D6", CultureInfo.InvariantCulture),
        author: prefix,
        subject: "rep-" + (n % 5).ToString(CultureInfo.InvariantCulture),
        at: TestRecords.Start + NodaTime.Duration.FromSeconds(n),
        text: "Record " + n.ToString(CultureInfo.InvariantCulture) + " of " + prefix + ": well done — ✓");
}
