using Accountability.Feedback;
using Accountability.Scoring;
using Accountability.Serialization;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Accountability.Storage.PostgreSql;

/// <summary>
/// An <see cref="IScoredResultStore"/> in a PostgreSQL database: scored results by scorecard, subject and period, every
/// save a new version beside the old ones, in the <c>scored_results</c> table of the store's schema (the same schema
/// and migrations as <see cref="PostgreSqlAccountabilityStore"/>).
/// </summary>
/// <remarks>
/// Thread-safe; one instance per application is enough. Each save is one transaction that takes an advisory lock of its
/// key, reads the key's last version and inserts the next, so savers in any process get versions 1, 2, 3… without gaps;
/// the primary key on (key, version) is the database's guarantee that no version is written twice. Results are kept as
/// their JSON document and read back against the scorecards the caller gives.
/// </remarks>
public sealed class PostgreSqlScoredResultStore : IScoredResultStore, IAsyncDisposable, IDisposable
{
    private const string KeyMatch = "scorecard = $1 AND subject = $2 AND period_start = $3 AND period_end = $4";

    /// <summary>The earliest date PostgreSQL's <c>date</c> holds: 4714-11-24 BC (proleptic Gregorian).</summary>
    private static readonly LocalDate EarliestDate = new(-4713, 11, 24);

    private readonly StorageDatabase _database;
    private readonly string _table;

    private PostgreSqlScoredResultStore(StorageDatabase database)
    {
        _database = database;
        _table = database.QuotedSchema + ".scored_results";
    }

    /// <summary>The schema the store's tables are in.</summary>
    public string Schema => _database.Schema;

    /// <summary>
    /// Creates a store over the database of <paramref name="connectionString"/> without connecting: the schema is created
    /// or migrated on first use. For dependency injection; prefer <see cref="OpenAsync"/>.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="schema">The schema for the store's tables; <c>accountability</c> when null.</param>
    /// <returns>The store; dispose it to close its connections.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is not a connection string, or <paramref name="schema"/> is not an accepted name.</exception>
    public static PostgreSqlScoredResultStore Create(string connectionString, string? schema = null) =>
        new(StorageDatabase.Create(connectionString, schema));

    /// <summary>Opens a store over the database of <paramref name="connectionString"/>, creating or migrating its schema.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="schema">The schema for the store's tables; <c>accountability</c> when null.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store, ready; dispose it to close its connections.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is not a connection string, or <paramref name="schema"/> is not an accepted name.</exception>
    /// <exception cref="AccountabilityException">The schema was written by a newer version or is not this store's; nothing was changed.</exception>
    /// <exception cref="NpgsqlException">The server could not be reached or refused the connection.</exception>
    public static async ValueTask<PostgreSqlScoredResultStore> OpenAsync(string connectionString, string? schema = null, CancellationToken cancellationToken = default)
    {
        PostgreSqlScoredResultStore store = Create(connectionString, schema);
        try
        {
            await store._database.ReadyAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask<ScoredResultVersion> SaveAsync(ScoredResultKey key, ScorecardResult result, Instant savedAt, CancellationToken cancellationToken = default)
    {
        ScoredResultVersion.ThrowIfNotFor(key, result);
        if (key.Period.Start < EarliestDate)
        {
            throw new ArgumentException($"The key '{key}' starts before the earliest date PostgreSQL keeps ({EarliestDate}).", nameof(key));
        }

        if (savedAt < StoredInstant.Earliest)
        {
            throw new ArgumentOutOfRangeException(nameof(savedAt), savedAt, $"The instant is before the earliest PostgreSQL keeps ({StoredInstant.Earliest}).");
        }

        string document = AccountabilityJson.Write(result);
        cancellationToken.ThrowIfCancellationRequested();
        await _database.ReadyAsync(cancellationToken).ConfigureAwait(false);

        await using NpgsqlConnection connection = await _database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await StorageDatabase.LockAsync(connection, transaction, StorageSchema.ScoredResultLock, _database.Schema + "/" + key, cancellationToken).ConfigureAwait(false);
        StoredInstant at = StoredInstant.Of(savedAt);
        await using NpgsqlCommand insert = new(
            $"""
            INSERT INTO {_table} (scorecard, subject, period_start, period_end, version, saved_at, saved_at_ns, document)
            SELECT $1, $2, $3, $4, coalesce(max(version), 0) + 1, $5, $6, $7 FROM {_table} WHERE {KeyMatch}
            RETURNING version
            """,
            connection,
            transaction);
        AddKey(insert, key);
        insert.Parameters.Add(new() { Value = at.Microseconds });
        insert.Parameters.Add(new() { Value = at.Nanoseconds });
        insert.Parameters.Add(new() { Value = document, NpgsqlDbType = NpgsqlDbType.Json });
        long version = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return ScoredResultVersion.Create(key, version, savedAt, result);
    }

    /// <inheritdoc/>
    public async ValueTask<ScoredResultVersion?> ReadLatestAsync(ScoredResultKey key, IEnumerable<Scorecard> scorecards, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ScoredResultVersion> found = await ReadAsync(key, scorecards, latestOnly: true, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<ScoredResultVersion>> ReadVersionsAsync(ScoredResultKey key, IEnumerable<Scorecard> scorecards, CancellationToken cancellationToken = default) =>
        ReadAsync(key, scorecards, latestOnly: false, cancellationToken);

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<ScoredResultKey>> ListKeysAsync(PartyId subject, DateInterval? overlapping = null, CancellationToken cancellationToken = default)
    {
        if (subject.IsDefault)
        {
            throw new ArgumentException("The subject cannot be default.", nameof(subject));
        }

        await _database.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand command = _database.DataSource.CreateCommand();
        command.Parameters.Add(new() { Value = subject.Value });
        string filter = string.Empty;
        if (overlapping is not null)
        {
            if (overlapping.End < EarliestDate)
            {
                return [];
            }

            // Shares a day: starts no later than the interval's end and ends no earlier than its start.
            filter = " AND period_start <= $2 AND period_end >= $3";
            command.Parameters.Add(new() { Value = overlapping.End });
            command.Parameters.Add(new() { Value = overlapping.Start < EarliestDate ? EarliestDate : overlapping.Start });
        }

        // Ordinal order of the scorecard identifier: compare the text's bytes (COLLATE "C").
        command.CommandText = $"""
            SELECT scorecard, period_start, period_end FROM {_table} WHERE subject = $1{filter}
            GROUP BY scorecard, period_start, period_end
            ORDER BY period_start, period_end, scorecard COLLATE "C"
            """;
        var keys = new List<ScoredResultKey>();
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(new ScoredResultKey(
                new ScorecardId(reader.GetString(0)),
                subject,
                new DateInterval(reader.GetFieldValue<LocalDate>(1), reader.GetFieldValue<LocalDate>(2))));
        }

        return keys.ToArray();
    }

    /// <summary>Closes the store's pooled connections.</summary>
    public void Dispose() => _database.Dispose();

    /// <summary>Closes the store's pooled connections.</summary>
    /// <returns>A task that completes when the connections are closed.</returns>
    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static void AddKey(NpgsqlCommand command, ScoredResultKey key)
    {
        command.Parameters.Add(new() { Value = key.Scorecard.Value });
        command.Parameters.Add(new() { Value = key.Subject.Value });
        command.Parameters.Add(new() { Value = key.Period.Start });
        command.Parameters.Add(new() { Value = key.Period.End });
    }

    private async ValueTask<IReadOnlyList<ScoredResultVersion>> ReadAsync(ScoredResultKey key, IEnumerable<Scorecard> scorecards, bool latestOnly, CancellationToken cancellationToken)
    {
        ScoredResultVersion.ThrowIfNotWhole(key);
        ArgumentNullException.ThrowIfNull(scorecards);
        Scorecard[] cards = [.. scorecards];
        if (Array.Exists(cards, c => c is null))
        {
            throw new ArgumentNullException(nameof(scorecards), "The scorecards cannot contain null.");
        }

        await _database.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand command = _database.DataSource.CreateCommand(
            $"SELECT version, saved_at, saved_at_ns, document FROM {_table} WHERE {KeyMatch} ORDER BY version {(latestOnly ? "DESC LIMIT 1" : "ASC")}");
        AddKey(command, key);
        var rows = new List<(long Version, Instant At, string Document)>();
        await using (NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                Instant at = reader.GetFieldValue<Instant>(1) + Duration.FromNanoseconds(reader.GetInt16(2));
                rows.Add((reader.GetInt64(0), at, reader.GetString(3)));
            }
        }

        var versions = new ScoredResultVersion[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            ScorecardResult result = AccountabilityJson.ReadResult(rows[i].Document, cards);
            versions[i] = ScoredResultVersion.Create(key, rows[i].Version, rows[i].At, result);
        }

        return versions;
    }
}
