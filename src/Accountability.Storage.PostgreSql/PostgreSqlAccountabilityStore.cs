using System.Globalization;
using System.Text;
using Accountability.Feedback;
using Npgsql;
using NpgsqlTypes;

namespace Accountability.Storage.PostgreSql;

/// <summary>
/// An <see cref="IAccountabilityStore"/> in a PostgreSQL database, for applications whose several instances (processes,
/// machines) share one store. Each record is kept as its JSON document beside indexed columns (identifier, stream,
/// version, time, author, subject, kind) in the <c>records</c> table of the store's schema.
/// </summary>
/// <remarks>
/// <para>
/// Thread-safe; one instance per application is enough (it pools connections). The schema is created, or migrated from an
/// older version of this package, when the store is opened (<see cref="OpenAsync"/>) or first used (<see cref="Create"/>);
/// a schema written by a newer version is refused with <see cref="PostgreSqlStorageProblemCodes.SchemaTooNew"/>.
/// </para>
/// <para>
/// Each append is one transaction, committed with the server's durable settings before <see cref="AppendAsync"/>
/// returns. Optimistic concurrency is enforced by the database: the unique constraint on <c>(stream, version)</c> lets
/// only one writer place a record at a stream's next version, whatever process or connection it comes from; the loser
/// gets a <see cref="StreamVersionConflictException"/>. Appends also take a transaction-scoped advisory lock of the
/// schema, so they commit one at a time and a record's position (the order queries return) is its commit order: a
/// reader paging forward never skips a record that committed after it read a page. Appends across all instances are
/// serialised by this; reads are not.
/// </para>
/// </remarks>
public sealed class PostgreSqlAccountabilityStore : IAccountabilityStore, IAsyncDisposable, IDisposable
{
    private const string Columns = "position, stream, version, document";

    private readonly StorageDatabase _database;
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _table;

    private PostgreSqlAccountabilityStore(StorageDatabase database)
    {
        _database = database;
        _dataSource = database.DataSource;
        _table = database.QuotedSchema + ".records";
    }

    /// <summary>The schema the store's tables are in.</summary>
    public string Schema => _database.Schema;

    /// <summary>
    /// Creates a store over the database of <paramref name="connectionString"/> without connecting: the schema is created
    /// or migrated on first use. For dependency injection; prefer <see cref="OpenAsync"/>, which reports a bad connection
    /// string or schema at once.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Database=…;Username=…</c>).</param>
    /// <param name="schema">The schema for the store's tables; <c>accountability</c> when null. Lower-case ASCII letters, digits and '_'.</param>
    /// <returns>The store; dispose it to close its connections.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is not a connection string, or <paramref name="schema"/> is not an accepted name.</exception>
    public static PostgreSqlAccountabilityStore Create(string connectionString, string? schema = null)
    {
        return new PostgreSqlAccountabilityStore(StorageDatabase.Create(connectionString, schema));
    }

    /// <summary>Opens a store over the database of <paramref name="connectionString"/>, creating or migrating its schema.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Database=…;Username=…</c>).</param>
    /// <param name="schema">The schema for the store's tables; <c>accountability</c> when null. Lower-case ASCII letters, digits and '_'.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store, ready; dispose it to close its connections.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is not a connection string, or <paramref name="schema"/> is not an accepted name.</exception>
    /// <exception cref="AccountabilityException">The schema was written by a newer version (<see cref="PostgreSqlStorageProblemCodes.SchemaTooNew"/>) or holds tables not made by this store (<see cref="PostgreSqlStorageProblemCodes.SchemaNotOwned"/>); nothing was changed.</exception>
    /// <exception cref="NpgsqlException">The server could not be reached or refused the connection.</exception>
    public static async ValueTask<PostgreSqlAccountabilityStore> OpenAsync(string connectionString, string? schema = null, CancellationToken cancellationToken = default)
    {
        PostgreSqlAccountabilityStore store = Create(connectionString, schema);
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
    public async ValueTask<IReadOnlyList<AccountabilityRecord>> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<AccountabilityRecord> records, CancellationToken cancellationToken = default)
    {
        if (stream.IsDefault)
        {
            throw new ArgumentException("The stream cannot be default.", nameof(stream));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(records);
        AccountabilityRecord[] batch = [.. records];
        if (batch.Length == 0)
        {
            throw new ArgumentException("At least one record is required.", nameof(records));
        }

        var seen = new HashSet<RecordId>();
        for (int i = 0; i < batch.Length; i++)
        {
            AccountabilityRecord record = batch[i] ?? throw new ArgumentNullException(nameof(records), "The records cannot contain null.");
            if (record.IsStored)
            {
                throw new ArgumentException($"The record '{record.Id}' is already stored (in '{record.Stream}' at version {record.Version}); append new records only.", nameof(records));
            }

            if (record.RecordedAt < StoredInstant.Earliest)
            {
                throw new ArgumentException($"The record '{record.Id}' was recorded at {record.RecordedAt}, before the earliest instant PostgreSQL keeps ({StoredInstant.Earliest}).", nameof(records));
            }

            if (!seen.Add(record.Id))
            {
                throw Duplicate(i, record.Id);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        string[] documents = Array.ConvertAll(batch, RecordDocument.Write);
        await _database.ReadyAsync(cancellationToken).ConfigureAwait(false);

        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await StorageDatabase.LockAsync(connection, transaction, StorageSchema.AppendLock, _database.Schema, cancellationToken).ConfigureAwait(false);

        long actual = await VersionOfAsync(connection, transaction, stream, cancellationToken).ConfigureAwait(false);
        if (actual != expectedVersion)
        {
            throw new StreamVersionConflictException(stream, expectedVersion, actual);
        }

        int stored = await FirstStoredAsync(connection, transaction, batch, cancellationToken).ConfigureAwait(false);
        if (stored >= 0)
        {
            throw Duplicate(stored, batch[stored].Id);
        }

        var placed = new AccountabilityRecord[batch.Length];
        await using (NpgsqlBatch insert = new(connection, transaction))
        {
            for (int i = 0; i < batch.Length; i++)
            {
                AccountabilityRecord record = batch[i];
                long version = expectedVersion + i + 1;
                StoredInstant at = StoredInstant.Of(record.RecordedAt);
                var command = new NpgsqlBatchCommand($"INSERT INTO {_table} (id, stream, version, recorded_at, recorded_at_ns, author, subject, kind, document) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)");
                command.Parameters.Add(new() { Value = record.Id.Value });
                command.Parameters.Add(new() { Value = stream.Value });
                command.Parameters.Add(new() { Value = version });
                command.Parameters.Add(new() { Value = at.Microseconds });
                command.Parameters.Add(new() { Value = at.Nanoseconds });
                command.Parameters.Add(new() { Value = record.Author.Value });
                command.Parameters.Add(new() { Value = record.Subject.Key });
                command.Parameters.Add(new() { Value = record.Kind });
                command.Parameters.Add(new() { Value = documents[i], NpgsqlDbType = NpgsqlDbType.Json });
                insert.BatchCommands.Add(command);
                placed[i] = record.PlacedAt(stream, version);
            }

            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "records_stream_version_key")
            {
                // A writer that did not take the append lock (an older or foreign program) placed a record first.
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                throw new StreamVersionConflictException(stream, expectedVersion, await VersionOfAsync(connection, null, stream, CancellationToken.None).ConfigureAwait(false));
            }
        }

        // Durable on return: the commit is not cancelled half-way.
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return placed;
    }

    /// <inheritdoc/>
    public async ValueTask<AccountabilityRecord?> ReadAsync(RecordId id, CancellationToken cancellationToken = default)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("The record identifier cannot be default.", nameof(id));
        }

        await _database.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand command = _dataSource.CreateCommand($"SELECT {Columns} FROM {_table} WHERE id = $1");
        command.Parameters.Add(new() { Value = id.Value });
        List<AccountabilityRecord> found = await ReadRecordsAsync(command, -1, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<AccountabilityRecord>> ReadStreamAsync(StreamId stream, CancellationToken cancellationToken = default)
    {
        if (stream.IsDefault)
        {
            throw new ArgumentException("The stream cannot be default.", nameof(stream));
        }

        await _database.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand command = _dataSource.CreateCommand($"SELECT {Columns} FROM {_table} WHERE stream = $1 ORDER BY version");
        command.Parameters.Add(new() { Value = stream.Value });
        return (await ReadRecordsAsync(command, -1, cancellationToken).ConfigureAwait(false)).ToArray();
    }

    /// <inheritdoc/>
    public async ValueTask<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        long? after = ParseToken(query.ContinuationToken);
        await _database.ReadyAsync(cancellationToken).ConfigureAwait(false);

        await using NpgsqlCommand command = _dataSource.CreateCommand();
        var where = new StringBuilder();
        void Filter(string condition, params object[] values)
        {
            where.Append(where.Length == 0 ? " WHERE " : " AND ");
            string text = condition;
            for (int i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new() { Value = values[i] });
                text = text.Replace("@" + i.ToString(CultureInfo.InvariantCulture), "$" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }

            where.Append(text);
        }

        if (query.Subject is not null)
        {
            Filter("subject = @0", query.Subject.Key);
        }

        if (query.Author is PartyId author)
        {
            Filter("author = @0", author.Value);
        }

        if (query.Kinds is not null)
        {
            Filter("kind = ANY(@0)", (object)query.Kinds.ToArray());
        }

        if (query.From is NodaTime.Instant from)
        {
            StoredInstant f = StoredInstant.Clamped(from);
            Filter("(recorded_at, recorded_at_ns) >= (@0, @1)", f.Microseconds, f.Nanoseconds);
        }

        if (query.Until is NodaTime.Instant until)
        {
            StoredInstant u = StoredInstant.Clamped(until);
            Filter("(recorded_at, recorded_at_ns) < (@0, @1)", u.Microseconds, u.Nanoseconds);
        }

        bool descending = query.Order == RecordOrder.Descending;
        if (after is long last)
        {
            Filter(descending ? "position < @0" : "position > @0", last);
        }

        command.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT {Columns} FROM {_table}{where} ORDER BY position {(descending ? "DESC" : "ASC")} LIMIT {query.PageSize + 1}");
        var positions = new List<long>(Math.Min(query.PageSize + 1, 1024));
        List<AccountabilityRecord> records = await ReadRecordsAsync(command, query.PageSize, cancellationToken, positions).ConfigureAwait(false);
        string? token = positions.Count > query.PageSize ? positions[query.PageSize - 1].ToString(CultureInfo.InvariantCulture) : null;
        return RecordPage.Create(records, token);
    }

    /// <summary>Closes the store's pooled connections.</summary>
    public void Dispose() => _database.Dispose();

    /// <summary>Closes the store's pooled connections.</summary>
    /// <returns>A task that completes when the connections are closed.</returns>
    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<long> VersionOfAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, StreamId stream, CancellationToken cancellationToken)
    {
        await using NpgsqlCommand command = new($"SELECT coalesce(max(version), 0) FROM {_table} WHERE stream = $1", connection, transaction);
        command.Parameters.Add(new() { Value = stream.Value });
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>The index in <paramref name="batch"/> of the first record whose identifier is already stored, or -1.</summary>
    private async Task<int> FirstStoredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AccountabilityRecord[] batch, CancellationToken cancellationToken)
    {
        await using NpgsqlCommand command = new($"SELECT id FROM {_table} WHERE id = ANY($1)", connection, transaction);
        command.Parameters.Add(new() { Value = Array.ConvertAll(batch, r => r.Id.Value) });
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await using (NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stored.Add(reader.GetString(0));
            }
        }

        return stored.Count == 0 ? -1 : Array.FindIndex(batch, r => stored.Contains(r.Id.Value));
    }

    /// <summary>Reads up to <paramref name="limit"/> records (all when negative); <paramref name="positions"/> gets every row's position, one past the limit included.</summary>
    private static async Task<List<AccountabilityRecord>> ReadRecordsAsync(NpgsqlCommand command, int limit, CancellationToken cancellationToken, List<long>? positions = null)
    {
        var records = new List<AccountabilityRecord>();
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            long position = reader.GetInt64(0);
            positions?.Add(position);
            if (limit >= 0 && records.Count == limit)
            {
                continue;
            }

            var stream = new StreamId(reader.GetString(1));
            long version = reader.GetInt64(2);
            string document = reader.GetString(3);
            records.Add(Decode(document, stream, version, position));
        }

        return records;
    }

    private static AccountabilityRecord Decode(string document, StreamId stream, long version, long position)
    {
        try
        {
            return RecordDocument.Read(document).PlacedAt(stream, version);
        }
        catch (AccountabilityException e)
        {
            throw new AccountabilityException(
                [new Problem(
                    string.Create(CultureInfo.InvariantCulture, $"records[{position}]"),
                    PostgreSqlStorageProblemCodes.DocumentUnreadable,
                    string.Create(CultureInfo.InvariantCulture, $"The record at position {position} (stream '{stream}', version {version}) could not be read back: {e.Message}"),
                    ProblemSeverity.Error,
                    position)],
                e);
        }
    }

    private static AccountabilityException Duplicate(int index, RecordId id) => new([new Problem(
        ProblemPath.Index("records", index),
        FeedbackProblemCodes.DuplicateRecord,
        $"A record with the identifier '{id}' is already stored; nothing was appended.",
        ProblemSeverity.Error,
        id.Value)]);

    private static long? ParseToken(string? token)
    {
        if (token is null)
        {
            return null;
        }

        if (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out long position))
        {
            throw new ArgumentException($"'{token}' is not a continuation token of this store.", nameof(token));
        }

        return position;
    }
}
