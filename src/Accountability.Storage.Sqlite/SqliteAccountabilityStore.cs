using System.Globalization;
using System.Text;
using Accountability.Feedback;
using Accountability.Scoring;
using Accountability.Serialization;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Accountability.Storage.Sqlite;

/// <summary>
/// An <see cref="IAccountabilityStore"/> and <see cref="IScoredResultStore"/> kept in one SQLite database file: durable
/// when a call returns, safe for several threads and several processes on one machine.
/// </summary>
/// <example>
/// <code>
/// using SqliteAccountabilityStore store = SqliteAccountabilityStore.Open("accountability.db");
/// await store.AppendAsync(new StreamId("feedback-1"), 0, [record]);
/// </code>
/// </example>
/// <remarks>
/// <para>
/// The database runs in WAL mode with <c>synchronous = FULL</c>: each append or save is one <c>BEGIN IMMEDIATE</c>
/// transaction whose log is flushed to disk before the call returns, so an acknowledged record survives a crash of the
/// process or a power loss. Optimistic concurrency is enforced by the database: the stream's version is read and the
/// records inserted in the same write transaction, under a unique (stream, version) constraint and a unique record
/// identifier; the loser of a race between processes gets <see cref="StreamVersionConflictException"/>.
/// </para>
/// <para>
/// Each record is kept as its JSON document beside the columns queries use (identifier, stream, version, time,
/// author, subject, kind); each scored result as its JSON document under its key. Continuation tokens are the
/// position of the last record returned. Thread-safe: every call uses its own pooled connection. Dispose the store to
/// close the pooled connections to the file.
/// </para>
/// </remarks>
public sealed class SqliteAccountabilityStore : IAccountabilityStore, IScoredResultStore, IDisposable
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private readonly string _connectionString;
    private readonly SqliteStoreOptions _options;
    private bool _disposed;

    private SqliteAccountabilityStore(string path, string connectionString, SqliteStoreOptions options)
    {
        Path = path;
        _connectionString = connectionString;
        _options = options;
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating it (and its schema) when the file does not exist, and
    /// migrating an older schema to this version's.
    /// </summary>
    /// <param name="path">The database file.</param>
    /// <param name="options">The settings; <see cref="SqliteStoreOptions.Default"/> when omitted.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="AccountabilityException">
    /// The file cannot be used, with one problem whose code is in <see cref="SqliteProblemCodes"/>: it is not a SQLite
    /// database, is truncated or damaged, cannot be written, belongs to another application, or was written by a newer
    /// schema version. The file is left as it was.
    /// </exception>
    public static SqliteAccountabilityStore Open(string path, SqliteStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= SqliteStoreOptions.Default;
        string full = System.IO.Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(Math.Max(options.BusyTimeout.TotalSeconds, 1)),
        };
        string connectionString = builder.ToString();
        SqliteDatabase.Prepare(full, connectionString, options);
        return new SqliteAccountabilityStore(full, connectionString, options);
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
        var documents = new byte[batch.Length][];
        for (int i = 0; i < batch.Length; i++)
        {
            AccountabilityRecord record = batch[i] ?? throw new ArgumentNullException(nameof(records), "The records cannot contain null.");
            if (record.IsStored)
            {
                throw new ArgumentException($"The record '{record.Id}' is already stored (in '{record.Stream}' at version {record.Version}); append new records only.", nameof(records));
            }

            if (!seen.Add(record.Id))
            {
                throw Duplicate(record.Id, i);
            }

            documents[i] = AccountabilityJson.WriteUtf8(record);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return await Run(connection => Append(connection, stream, expectedVersion, batch, documents)).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask<AccountabilityRecord?> ReadAsync(RecordId id, CancellationToken cancellationToken = default)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("The record identifier cannot be default.", nameof(id));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return await Run(connection =>
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT position, stream, version, document FROM records WHERE id = $id;";
            command.Parameters.AddWithValue("$id", id.Value);
            using SqliteDataReader reader = command.ExecuteReader();
            return reader.Read() ? ReadRecord(reader) : null;
        }).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<AccountabilityRecord>> ReadStreamAsync(StreamId stream, CancellationToken cancellationToken = default)
    {
        if (stream.IsDefault)
        {
            throw new ArgumentException("The stream cannot be default.", nameof(stream));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return await Run<IReadOnlyList<AccountabilityRecord>>(connection =>
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT position, stream, version, document FROM records WHERE stream = $stream ORDER BY version;";
            command.Parameters.AddWithValue("$stream", stream.Value);
            return ReadAll(command).ToArray();
        }).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        long? after = ParseToken(query.ContinuationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return await Run(connection =>
        {
            using SqliteCommand command = connection.CreateCommand();
            var sql = new StringBuilder("SELECT position, stream, version, document FROM records WHERE 1 = 1");
            if (query.Subject is not null)
            {
                sql.Append(" AND subject = $subject");
                command.Parameters.AddWithValue("$subject", query.Subject.Key);
            }

            if (query.Author is PartyId author)
            {
                sql.Append(" AND author = $author");
                command.Parameters.AddWithValue("$author", author.Value);
            }

            if (query.Kinds is { } kinds)
            {
                sql.Append(" AND kind IN (");
                for (int i = 0; i < kinds.Count; i++)
                {
                    string name = "$kind" + i.ToString(CultureInfo.InvariantCulture);
                    sql.Append(i == 0 ? name : ", " + name);
                    command.Parameters.AddWithValue(name, kinds[i]);
                }

                sql.Append(')');
            }

            if (query.From is Instant from)
            {
                sql.Append(" AND recorded_at >= $from");
                command.Parameters.AddWithValue("$from", from.ToUnixTimeTicks());
            }

            if (query.Until is Instant until)
            {
                sql.Append(" AND recorded_at < $until");
                command.Parameters.AddWithValue("$until", until.ToUnixTimeTicks());
            }

            bool descending = query.Order == RecordOrder.Descending;
            if (after is long last)
            {
                sql.Append(descending ? " AND position < $after" : " AND position > $after");
                command.Parameters.AddWithValue("$after", last);
            }

            sql.Append(descending ? " ORDER BY position DESC" : " ORDER BY position").Append(" LIMIT $limit;");
            command.Parameters.AddWithValue("$limit", query.PageSize + 1);
            command.CommandText = sql.ToString();

            var page = new List<AccountabilityRecord>(Math.Min(query.PageSize, 256));
            long lastPosition = 0;
            bool more = false;
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (page.Count == query.PageSize)
                {
                    more = true;
                    break;
                }

                page.Add(ReadRecord(reader));
                lastPosition = reader.GetInt64(0);
            }

            return RecordPage.Create(page, more ? lastPosition.ToString(CultureInfo.InvariantCulture) : null);
        }).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask<ScoredResultVersion> SaveAsync(ScoredResultKey key, ScorecardResult result, Instant savedAt, CancellationToken cancellationToken = default)
    {
        ScoredResultVersion.ThrowIfNotFor(key, result);
        string json = AccountabilityJson.Write(result);
        cancellationToken.ThrowIfCancellationRequested();
        long version = await Run(connection =>
        {
            using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            using SqliteCommand next = connection.CreateCommand();
            next.Transaction = transaction;
            next.CommandText = """
                SELECT COALESCE(MAX(version), 0) + 1 FROM scored_results
                WHERE subject = $subject AND period_start = $start AND period_end = $end AND scorecard = $scorecard;
                """;
            AddKey(next, key);
            long v = (long)next.ExecuteScalar()!;

            using SqliteCommand insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO scored_results (subject, period_start, period_end, scorecard, version, saved_at, document)
                VALUES ($subject, $start, $end, $scorecard, $version, $savedAt, $document);
                """;
            AddKey(insert, key);
            insert.Parameters.AddWithValue("$version", v);
            insert.Parameters.AddWithValue("$savedAt", savedAt.ToUnixTimeTicks());
            insert.Parameters.AddWithValue("$document", json);
            insert.ExecuteNonQuery();
            transaction.Commit();
            return v;
        }).ConfigureAwait(false);
        return ScoredResultVersion.Create(key, version, savedAt, result);
    }

    /// <inheritdoc/>
    public async ValueTask<ScoredResultVersion?> ReadLatestAsync(ScoredResultKey key, IEnumerable<Scorecard> scorecards, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ScoredResultVersion> read = await ReadResults(key, scorecards, latestOnly: true, cancellationToken).ConfigureAwait(false);
        return read.Count == 0 ? null : read[0];
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<ScoredResultVersion>> ReadVersionsAsync(ScoredResultKey key, IEnumerable<Scorecard> scorecards, CancellationToken cancellationToken = default) =>
        ReadResults(key, scorecards, latestOnly: false, cancellationToken);

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<ScoredResultKey>> ListKeysAsync(PartyId subject, DateInterval? overlapping = null, CancellationToken cancellationToken = default)
    {
        if (subject.IsDefault)
        {
            throw new ArgumentException("The subject cannot be default.", nameof(subject));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return await Run<IReadOnlyList<ScoredResultKey>>(connection =>
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = overlapping is null
                ? "SELECT DISTINCT scorecard, period_start, period_end FROM scored_results WHERE subject = $subject ORDER BY period_start, period_end, scorecard;"
                : "SELECT DISTINCT scorecard, period_start, period_end FROM scored_results WHERE subject = $subject AND period_start <= $end AND period_end >= $start ORDER BY period_start, period_end, scorecard;";
            command.Parameters.AddWithValue("$subject", subject.Value);
            if (overlapping is not null)
            {
                command.Parameters.AddWithValue("$start", Day(overlapping.Start));
                command.Parameters.AddWithValue("$end", Day(overlapping.End));
            }

            var keys = new List<ScoredResultKey>();
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                var period = new DateInterval(Epoch.PlusDays(reader.GetInt32(1)), Epoch.PlusDays(reader.GetInt32(2)));
                keys.Add(new ScoredResultKey(new ScorecardId(reader.GetString(0)), subject, period));
            }

            return keys.ToArray();
        }).ConfigureAwait(false);
    }

    /// <summary>Closes the pooled connections to the database file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static int Day(LocalDate date) => Period.DaysBetween(Epoch, date);

    private static void AddKey(SqliteCommand command, ScoredResultKey key)
    {
        command.Parameters.AddWithValue("$subject", key.Subject.Value);
        command.Parameters.AddWithValue("$start", Day(key.Period.Start));
        command.Parameters.AddWithValue("$end", Day(key.Period.End));
        command.Parameters.AddWithValue("$scorecard", key.Scorecard.Value);
    }

    private static AccountabilityException Duplicate(RecordId id, int index) => new([new Problem(
        ProblemPath.Index("records", index),
        FeedbackProblemCodes.DuplicateRecord,
        $"A record with the identifier '{id}' is already stored; nothing was appended.",
        ProblemSeverity.Error,
        id.Value)]);

    private static AccountabilityRecord ReadRecord(SqliteDataReader reader)
    {
        var stream = new StreamId(reader.GetString(1));
        long version = reader.GetInt64(2);
        byte[] document = (byte[])reader.GetValue(3);
        return AccountabilityJson.ReadRecord(document).PlacedAt(stream, version);
    }

    private static List<AccountabilityRecord> ReadAll(SqliteCommand command)
    {
        var records = new List<AccountabilityRecord>();
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            records.Add(ReadRecord(reader));
        }

        return records;
    }

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

    private static AccountabilityRecord[] Append(SqliteConnection connection, StreamId stream, long expectedVersion, AccountabilityRecord[] batch, byte[][] documents)
    {
        // BEGIN IMMEDIATE: the write lock is taken before the version is read, so no other writer can slip in between.
        using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
        using SqliteCommand current = connection.CreateCommand();
        current.Transaction = transaction;
        current.CommandText = "SELECT version FROM streams WHERE stream = $stream;";
        current.Parameters.AddWithValue("$stream", stream.Value);
        long actual = current.ExecuteScalar() is long v ? v : 0;
        if (actual != expectedVersion)
        {
            throw new StreamVersionConflictException(stream, expectedVersion, actual);
        }

        using SqliteCommand exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = "SELECT 1 FROM records WHERE id = $id;";
        SqliteParameter existsId = exists.Parameters.Add("$id", SqliteType.Text);
        for (int i = 0; i < batch.Length; i++)
        {
            existsId.Value = batch[i].Id.Value;
            if (exists.ExecuteScalar() is not null)
            {
                throw Duplicate(batch[i].Id, i);
            }
        }

        long last = actual + batch.Length;
        using SqliteCommand head = connection.CreateCommand();
        head.Transaction = transaction;
        head.CommandText = "INSERT INTO streams (stream, version) VALUES ($stream, $version) ON CONFLICT (stream) DO UPDATE SET version = excluded.version;";
        head.Parameters.AddWithValue("$stream", stream.Value);
        head.Parameters.AddWithValue("$version", last);
        head.ExecuteNonQuery();

        using SqliteCommand insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO records (id, stream, version, recorded_at, author, subject, kind, document)
            VALUES ($id, $stream, $version, $recordedAt, $author, $subject, $kind, $document);
            """;
        SqliteParameter id = insert.Parameters.Add("$id", SqliteType.Text);
        insert.Parameters.AddWithValue("$stream", stream.Value);
        SqliteParameter version = insert.Parameters.Add("$version", SqliteType.Integer);
        SqliteParameter recordedAt = insert.Parameters.Add("$recordedAt", SqliteType.Integer);
        SqliteParameter author = insert.Parameters.Add("$author", SqliteType.Text);
        SqliteParameter subject = insert.Parameters.Add("$subject", SqliteType.Text);
        SqliteParameter kind = insert.Parameters.Add("$kind", SqliteType.Text);
        SqliteParameter document = insert.Parameters.Add("$document", SqliteType.Blob);
        var stored = new AccountabilityRecord[batch.Length];
        for (int i = 0; i < batch.Length; i++)
        {
            AccountabilityRecord record = batch[i];
            id.Value = record.Id.Value;
            version.Value = actual + i + 1;
            recordedAt.Value = record.RecordedAt.ToUnixTimeTicks();
            author.Value = record.Author.Value;
            subject.Value = record.Subject.Key;
            kind.Value = record.Kind;
            document.Value = documents[i];
            insert.ExecuteNonQuery();
            stored[i] = record.PlacedAt(stream, actual + i + 1);
        }

        transaction.Commit();
        return stored;
    }

    private async ValueTask<IReadOnlyList<ScoredResultVersion>> ReadResults(ScoredResultKey key, IEnumerable<Scorecard> scorecards, bool latestOnly, CancellationToken cancellationToken)
    {
        ScoredResultVersion.ThrowIfNotWhole(key);
        ArgumentNullException.ThrowIfNull(scorecards);
        Scorecard[] cards = [.. scorecards];
        if (Array.Exists(cards, c => c is null))
        {
            throw new ArgumentNullException(nameof(scorecards), "The scorecards cannot contain null.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        List<(long Version, long SavedAt, string Json)> rows = await Run(connection =>
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = latestOnly
                ? "SELECT version, saved_at, document FROM scored_results WHERE subject = $subject AND period_start = $start AND period_end = $end AND scorecard = $scorecard ORDER BY version DESC LIMIT 1;"
                : "SELECT version, saved_at, document FROM scored_results WHERE subject = $subject AND period_start = $start AND period_end = $end AND scorecard = $scorecard ORDER BY version;";
            AddKey(command, key);
            var found = new List<(long, long, string)>();
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
            }

            return found;
        }).ConfigureAwait(false);

        var read = new ScoredResultVersion[rows.Count];
        for (int i = 0; i < read.Length; i++)
        {
            (long version, long savedAt, string json) = rows[i];
            read[i] = ScoredResultVersion.Create(key, version, Instant.FromUnixTimeTicks(savedAt), AccountabilityJson.ReadResult(json, cards));
        }

        return read;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a pooled connection of its own; SQLite errors become the library's. Microsoft.Data.Sqlite
    /// has no truly asynchronous I/O, so the work runs on the caller's thread and the task is complete on return.
    /// </summary>
    private ValueTask<T> Run<T>(Func<SqliteConnection, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            SqliteDatabase.Configure(connection, _options);
            return ValueTask.FromResult(work(connection));
        }
        catch (SqliteException ex)
        {
            throw SqliteDatabase.Translate(Path, ex);
        }
    }
}
