using System.Buffers.Binary;
using Microsoft.Data.Sqlite;

namespace Accountability.Storage.Sqlite;

/// <summary>
/// Opens a database file safely: checks it without writing, refuses what it cannot use (with a problem code), then
/// creates or migrates the schema, each migration in its own transaction.
/// </summary>
internal static class SqliteDatabase
{
    /// <summary>The newest schema version this package knows.</summary>
    public const int SchemaVersion = 1;

    private const string SchemaTable = "accountability_schema";

    // SQLite result codes (primary code = extended code & 0xFF).
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;
    private const int SqlitePermission = 3;
    private const int SqliteReadOnly = 8;
    private const int SqliteCannotOpen = 14;
    private const int SqliteIoError = 10;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private static readonly byte[] Magic = "SQLite format 3\0"u8.ToArray();

    /// <summary>Each migration: its version and its statements, run in one transaction with the version row.</summary>
    private static readonly (int Version, string Sql)[] Migrations =
    [
        (1, """
            CREATE TABLE streams (
                stream TEXT NOT NULL PRIMARY KEY,
                version INTEGER NOT NULL CHECK (version > 0)
            ) WITHOUT ROWID;
            CREATE TABLE records (
                position INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                stream TEXT NOT NULL REFERENCES streams (stream),
                version INTEGER NOT NULL CHECK (version > 0),
                recorded_at INTEGER NOT NULL,
                author TEXT NOT NULL,
                subject TEXT NOT NULL,
                kind TEXT NOT NULL,
                document BLOB NOT NULL,
                UNIQUE (stream, version)
            );
            CREATE INDEX records_by_subject ON records (subject, position);
            CREATE INDEX records_by_author ON records (author, position);
            CREATE TABLE scored_results (
                subject TEXT NOT NULL,
                period_start INTEGER NOT NULL,
                period_end INTEGER NOT NULL,
                scorecard TEXT NOT NULL,
                version INTEGER NOT NULL CHECK (version > 0),
                saved_at INTEGER NOT NULL,
                document TEXT NOT NULL,
                PRIMARY KEY (subject, period_start, period_end, scorecard, version)
            ) WITHOUT ROWID;
            """),
    ];

    /// <summary>Checks the file without writing to it, then creates or migrates the schema.</summary>
    /// <exception cref="AccountabilityException">The file cannot be used; it was not changed.</exception>
    public static void Prepare(string path, string connectionString, SqliteStoreOptions options)
    {
        if (File.Exists(path))
        {
            CheckHeader(path);
            CheckSchemaReadOnly(path);
        }
        else if (Path.GetDirectoryName(path) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            throw Refused(path, SqliteProblemCodes.NotWritable, $"The database '{path}' cannot be created: the folder '{folder}' does not exist.", null);
        }

        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            Configure(connection, options);
            using (SqliteCommand wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                string mode = Convert.ToString(wal.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    throw Refused(path, SqliteProblemCodes.NotWritable, $"The database '{path}' cannot be put in WAL mode (the journal mode stays '{mode}').", null);
                }
            }

            Migrate(connection, path);
        }
        catch (SqliteException ex)
        {
            throw Translate(path, ex);
        }
    }

    /// <summary>Sets the per-connection settings: durable commits, the busy timeout, foreign keys.</summary>
    public static void Configure(SqliteConnection connection, SqliteStoreOptions options)
    {
        using SqliteCommand command = connection.CreateCommand();
        // FULL: in WAL mode NORMAL syncs the log only at checkpoints, so a commit acknowledged just before a power loss
        // could be lost; FULL syncs the log on every commit, so a returned append survives.
        command.CommandText = FormattableString.Invariant(
            $"PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds};");
        command.ExecuteNonQuery();
    }

    /// <summary>Turns a SQLite error met while opening or using the file into the library's error.</summary>
    public static AccountabilityException Translate(string path, SqliteException ex) => (ex.SqliteErrorCode & 0xFF) switch
    {
        SqliteBusy or SqliteLocked => Refused(path, SqliteProblemCodes.Busy, $"The database '{path}' stayed locked by another writer longer than the busy timeout: {ex.Message}", ex),
        SqliteNotADatabase => Refused(path, SqliteProblemCodes.NotADatabase, $"The file '{path}' is not a SQLite database.", ex),
        SqliteCorrupt => Refused(path, SqliteProblemCodes.Corrupt, $"The database '{path}' is damaged: {ex.Message}", ex),
        SqliteReadOnly or SqlitePermission or SqliteCannotOpen or SqliteIoError =>
            Refused(path, SqliteProblemCodes.NotWritable, $"The database '{path}' cannot be opened for writing: {ex.Message}", ex),
        _ => Refused(path, SqliteProblemCodes.Corrupt, $"The database '{path}' cannot be used: {ex.Message}", ex),
    };

    private static AccountabilityException Refused(string path, string code, string message, Exception? inner) =>
        new([new Problem("database", code, message, ProblemSeverity.Error, path)], inner);

    /// <summary>Reads SQLite's 100-byte header with a plain file read: the magic text and the size the file should have.</summary>
    private static void CheckHeader(string path)
    {
        byte[] header = new byte[100];
        long length;
        int read = 0;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            length = file.Length;
            while (read < header.Length)
            {
                int n = file.Read(header, read, header.Length - read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Refused(path, SqliteProblemCodes.NotWritable, $"The database '{path}' cannot be read: {ex.Message}", ex);
        }

        if (length == 0)
        {
            return; // An empty file is an empty SQLite database.
        }

        int compared = Math.Min(read, Magic.Length);
        if (!header.AsSpan(0, compared).SequenceEqual(Magic.AsSpan(0, compared)))
        {
            throw Refused(path, SqliteProblemCodes.NotADatabase, $"The file '{path}' is not a SQLite database: it does not start with SQLite's header.", null);
        }

        if (read < header.Length)
        {
            throw Refused(path, SqliteProblemCodes.Truncated, $"The database '{path}' is truncated: {length} bytes, shorter than SQLite's 100-byte header.", null);
        }

        int pageSize = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16, 2));
        long page = pageSize == 1 ? 65536 : pageSize;
        uint changeCounter = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(24, 4));
        uint pages = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28, 4));
        uint validFor = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(92, 4));
        if (page < 512 || (page & (page - 1)) != 0)
        {
            throw Refused(path, SqliteProblemCodes.Corrupt, $"The database '{path}' is damaged: its header gives a page size of {pageSize}.", null);
        }

        if (length % page != 0 || (pages > 0 && validFor == changeCounter && length < pages * page))
        {
            throw Refused(path, SqliteProblemCodes.Truncated, $"The database '{path}' is truncated: {length} bytes, where its header says {pages} pages of {page} bytes ({pages * page} bytes).", null);
        }
    }

    /// <summary>Looks at the schema through a read-only connection: a newer schema or another application's tables are refused.</summary>
    private static void CheckSchemaReadOnly(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using SqliteCommand tables = connection.CreateCommand();
            tables.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
            var names = new List<string>();
            using (SqliteDataReader reader = tables.ExecuteReader())
            {
                while (reader.Read())
                {
                    names.Add(reader.GetString(0));
                }
            }

            if (names.Count == 0)
            {
                return;
            }

            if (!names.Contains(SchemaTable))
            {
                throw Refused(path, SqliteProblemCodes.ForeignDatabase, $"The database '{path}' belongs to another application: it has tables ({string.Join(", ", names.Order(StringComparer.Ordinal))}) but no '{SchemaTable}' table.", null);
            }

            long version = CurrentVersion(connection);
            if (version > SchemaVersion)
            {
                throw Refused(path, SqliteProblemCodes.SchemaTooNew, $"The database '{path}' has schema version {version}, written by a newer version of Accountability.Storage.Sqlite; this version knows schema versions up to {SchemaVersion}. The file was not changed.", null);
            }
        }
        catch (SqliteException ex)
        {
            throw Translate(path, ex);
        }
    }

    private static long CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COALESCE(MAX(version), 0) FROM {SchemaTable};";
        return (long)command.ExecuteScalar()!;
    }

    private static void Migrate(SqliteConnection connection, string path)
    {
        using (SqliteCommand create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE IF NOT EXISTS {SchemaTable} (version INTEGER NOT NULL PRIMARY KEY);";
            create.ExecuteNonQuery();
        }

        foreach ((int version, string sql) in Migrations)
        {
            using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            long current = CurrentVersion(connection, transaction);
            if (current > SchemaVersion)
            {
                throw Refused(path, SqliteProblemCodes.SchemaTooNew, $"The database '{path}' has schema version {current}, written by a newer version of Accountability.Storage.Sqlite; this version knows schema versions up to {SchemaVersion}. The file was not changed.", null);
            }

            if (current >= version)
            {
                continue; // Another process migrated first.
            }

            using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql + FormattableString.Invariant($"\nINSERT INTO {SchemaTable} (version) VALUES ({version});");
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }
}
