using System.Globalization;
using Accountability;
using Accountability.Feedback;
using Accountability.Storage.PostgreSql;
using Accountability.Storage.PostgreSql.Appender;

// Usage:
//   own <connection> <schema> <writer> <count|-1>       appends to streams of its own ("<writer>-<n>"), printing
//                                                       "ack <id>" for every record of each append once it returns
//   contend <connection> <schema> <writer> <count> <streams>
//                                                       appends <count> records to the shared streams "contended-<k>",
//                                                       reading each stream's version first; prints "ack <id> <stream>
//                                                       <version>" or "conflict <stream>" (then reads and retries)
// Every line is flushed at once, so a parent that kills this process knows exactly what was acknowledged.
if (args.Length < 5)
{
    Console.Error.WriteLine("usage: own|contend <connection> <schema> <writer> <count> [streams]");
    return 2;
}

string mode = args[0];
string writer = args[3];
int count = int.Parse(args[4], CultureInfo.InvariantCulture);
TextWriter output = Console.Out;
await using PostgreSqlAccountabilityStore store = await PostgreSqlAccountabilityStore.OpenAsync(args[1], args[2]);
output.WriteLine("ready");
output.Flush();

if (mode == "own")
{
    for (int n = 0; count < 0 || n < count; n++)
    {
        AccountabilityRecord[] batch = [.. Enumerable.Range(0, AppenderRecords.BatchSize(n)).Select(part => AppenderRecords.Make(writer, n, part))];
        await store.AppendAsync(new StreamId(AppenderRecords.Id(writer, n, 0)), 0, batch);
        foreach (AccountabilityRecord record in batch)
        {
            output.WriteLine("ack " + record.Id.Value);
        }

        output.Flush();
    }

    return 0;
}

if (mode == "contend")
{
    int streams = int.Parse(args[5], CultureInfo.InvariantCulture);
    for (int n = 0; n < count; n++)
    {
        var stream = new StreamId("contended-" + (n % streams).ToString(CultureInfo.InvariantCulture));
        FeedbackRecord record = AppenderRecords.Make(writer, n, 0);
        while (true)
        {
            long version = (await store.ReadStreamAsync(stream)).Count;
            try
            {
                IReadOnlyList<AccountabilityRecord> stored = await store.AppendAsync(stream, version, [record]);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack {record.Id.Value} {stream.Value} {stored[0].Version}"));
                output.Flush();
                break;
            }
            catch (StreamVersionConflictException conflict)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"conflict {conflict.Stream.Value}"));
                output.Flush();
            }
        }
    }

    return 0;
}

Console.Error.WriteLine($"unknown mode '{mode}'");
return 2;
