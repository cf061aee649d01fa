using System.Globalization;
using Accountability.Feedback;
using Accountability.Scoring;
using Accountability.Storage.Sqlite;

namespace Accountability.Samples;

/// <summary>
/// Where the story keeps its feedback records and scored results: in memory by default, or in a SQLite file with
/// <c>--db &lt;path&gt;</c>, kept between runs. A second run on the same file finds the story already told and appends
/// nothing (the records would only repeat it); it tells what the file holds instead.
/// </summary>
internal sealed class StoryStore : IDisposable
{
    private readonly SqliteAccountabilityStore? _sqlite;

    private StoryStore(IAccountabilityStore records, IScoredResultStore results, SqliteAccountabilityStore? sqlite)
    {
        Records = records;
        Results = results;
        _sqlite = sqlite;
    }

    public IAccountabilityStore Records { get; }

    public IScoredResultStore Results { get; }

    /// <summary>The database file, or <see langword="null"/> in memory.</summary>
    public string? Path => _sqlite?.Path;

    public static StoryStore InMemory() => new(new InMemoryAccountabilityStore(), new InMemoryScoredResultStore(), null);

    /// <summary>Opens (or creates) the SQLite file.</summary>
    /// <exception cref="AccountabilityException">The file cannot be used (see <see cref="SqliteProblemCodes"/>).</exception>
    public static StoryStore Sqlite(string path)
    {
        SqliteAccountabilityStore store = SqliteAccountabilityStore.Open(path);
        return new StoryStore(store, store, store);
    }

    /// <summary>Takes <c>--db &lt;path&gt;</c> out of the arguments.</summary>
    /// <returns>The path, or <see langword="null"/> when the option is not given; <paramref name="error"/> when it is malformed.</returns>
    public static string? TakeDbOption(ref string[] args, out string? error)
    {
        error = null;
        int at = Array.IndexOf(args, "--db");
        if (at < 0)
        {
            return null;
        }

        if (at + 1 >= args.Length || args[at + 1].StartsWith("--", StringComparison.Ordinal))
        {
            error = "--db needs a path: --db <file.db>";
            return null;
        }

        string path = args[at + 1];
        args = [.. args[..at], .. args[(at + 2)..]];
        if (Array.IndexOf(args, "--db") >= 0)
        {
            error = "--db is given more than once";
            return null;
        }

        return path;
    }

    /// <summary>Tells whether an earlier run already stored the story's records.</summary>
    public async Task<bool> AlreadyToldAsync() => (await Records.QueryAsync(new RecordQuery { PageSize = 1 })).Records.Count > 0;

    /// <summary>What the file holds: its records by kind, and every stored version of the story's results.</summary>
    public async Task RetellAsync(TextWriter output, Scorecard card)
    {
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var query = new RecordQuery { PageSize = RecordQuery.MaxPageSize };
        int total = 0;
        RecordPage page = await Records.QueryAsync(query);
        while (true)
        {
            foreach (AccountabilityRecord record in page.Records)
            {
                byKind[record.Kind] = byKind.GetValueOrDefault(record.Kind) + 1;
                total++;
            }

            if (page.ContinuationToken is not { } next)
            {
                break;
            }

            page = await Records.QueryAsync(query.After(next));
        }

        output.WriteLine($"{Path} already holds the story from an earlier run: {total} records, nothing appended this time.");
        output.WriteLine("Records by kind: " + string.Join(", ", byKind.Select(k => $"{k.Key} {k.Value}")));
        foreach (PartyId rep in KangtaiPharma.Reps)
        {
            foreach (ScoredResultKey key in await Results.ListKeysAsync(rep))
            {
                IReadOnlyList<ScoredResultVersion> versions = await Results.ReadVersionsAsync(key, [card]);
                output.WriteLine($"Stored result {key}: " + string.Join("; ", versions.Select(v =>
                    $"v{v.Version.ToString(CultureInfo.InvariantCulture)} {(v.Result.Score is decimal s ? Rounding.Format(s) : "not rated")}")));
            }
        }
    }

    public void Dispose() => _sqlite?.Dispose();
}
