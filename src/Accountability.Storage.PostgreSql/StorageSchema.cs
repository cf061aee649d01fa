using System.Globalization;
using Npgsql;

namespace Accountability.Storage.PostgreSql;

/// <summary>
/// Creates and migrates the store's tables in one schema: a <c>schema_version</c> table lists the migrations applied,
/// each migration runs in its own transaction together with its row in that table, and a session advisory lock keeps
/// two processes from migrating the same schema at once. A schema whose version is newer than this package knows is
/// refused and left as it is.
/// </summary>
internal static class StorageSchema
{
    /// <summary>The first key of the advisory lock taken while migrating (the second is the schema name's hash).</summary>
    internal const int MigrationLock = 0x41435431;

    /// <summary>The first key of the advisory lock taken by each append transaction.</summary>
    internal const int AppendLock = 0x41435432;

    /// <summary>The first key of the advisory lock taken by each save of a scored result (the second is the key's hash).</summary>
    internal const int ScoredResultLock = 0x41435433;

    private static readonly Migration[] Migrations =
    [
        new(1, "records", s => $"""
            CREATE TABLE {s}.records (
                position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL,
                stream text NOT NULL,
                version bigint NOT NULL CHECK (version >= 1),
                recorded_at timestamptz NOT NULL,
                recorded_at_ns smallint NOT NULL CHECK (recorded_at_ns BETWEEN 0 AND 999),
                author text NOT NULL,
                subject text NOT NULL,
                kind text NOT NULL,
                document json NOT NULL,
                CONSTRAINT records_id_key UNIQUE (id),
                CONSTRAINT records_stream_version_key UNIQUE (stream, version)
            );
            CREATE INDEX records_subject_idx ON {s}.records (subject, position);
            CREATE INDEX records_author_idx ON {s}.records (author, position);
            CREATE INDEX records_kind_idx ON {s}.records (kind, position);
            CREATE INDEX records_recorded_at_idx ON {s}.records (recorded_at, recorded_at_ns);
            """),
        new(2, "scored results", s => $"""
            CREATE TABLE {s}.scored_results (
                scorecard text NOT NULL,
                subject text NOT NULL,
                period_start date NOT NULL,
                period_end date NOT NULL,
                version bigint NOT NULL CHECK (version >= 1),
                saved_at timestamptz NOT NULL,
                saved_at_ns smallint NOT NULL CHECK (saved_at_ns BETWEEN 0 AND 999),
                document json NOT NULL,
                CONSTRAINT scored_results_key_version_key PRIMARY KEY (scorecard, subject, period_start, period_end, version)
            );
            CREATE INDEX scored_results_subject_idx ON {s}.scored_results (subject, period_start, period_end, scorecard);
            """),
    ];

    /// <summary>The newest schema version this package writes.</summary>
    internal static int CurrentVersion => Migrations[^1].Version;

    /// <summary>The schema name as written in SQL.</summary>
    internal static string Quote(string schema) => "\"" + schema + "\"";

    /// <summary>Brings <paramref name="schema"/> to <see cref="CurrentVersion"/>, or refuses it; returns the version it was at.</summary>
    internal static async Task<int> MigrateAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellationToken)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (NpgsqlCommand lockCommand = new("SELECT pg_advisory_lock($1, hashtext($2))", connection))
        {
            lockCommand.Parameters.Add(new() { Value = MigrationLock });
            lockCommand.Parameters.Add(new() { Value = schema });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            int found = await VersionAsync(connection, schema, cancellationToken).ConfigureAwait(false);
            if (found > CurrentVersion)
            {
                throw new AccountabilityException([new Problem(
                    "schema",
                    PostgreSqlStorageProblemCodes.SchemaTooNew,
                    string.Create(CultureInfo.InvariantCulture, $"The schema '{schema}' is at version {found}, written by a newer version of Accountability.Storage.PostgreSql; this one knows versions up to {CurrentVersion}. Nothing was changed: upgrade the package to use this schema."),
                    ProblemSeverity.Error,
                    found)]);
            }

            string s = Quote(schema);
            foreach (Migration migration in Migrations)
            {
                if (migration.Version <= found)
                {
                    continue;
                }

                await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                string ddl = (migration.Version == 1
                    ? $"""
                        CREATE SCHEMA IF NOT EXISTS {s};
                        CREATE TABLE {s}.schema_version (
                            version integer PRIMARY KEY,
                            description text NOT NULL,
                            applied_at timestamptz NOT NULL DEFAULT now()
                        );

                        """
                    : string.Empty) + migration.Sql(s);
                await using (NpgsqlCommand command = new(ddl, connection, transaction))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using (NpgsqlCommand record = new($"INSERT INTO {s}.schema_version (version, description) VALUES ($1, $2)", connection, transaction))
                {
                    record.Parameters.Add(new() { Value = migration.Version });
                    record.Parameters.Add(new() { Value = migration.Description });
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return found;
        }
        finally
        {
            await using NpgsqlCommand unlock = new("SELECT pg_advisory_unlock($1, hashtext($2))", connection);
            unlock.Parameters.Add(new() { Value = MigrationLock });
            unlock.Parameters.Add(new() { Value = schema });
            await unlock.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The schema's version: 0 when it or its version table does not exist yet.</summary>
    private static async Task<int> VersionAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        await using NpgsqlCommand probe = new(
            """
            SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = $1),
                   to_regclass(quote_ident($1) || '.schema_version') IS NOT NULL
            """,
            connection);
        probe.Parameters.Add(new() { Value = schema });
        long tables;
        bool versioned;
        await using (NpgsqlDataReader reader = await probe.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            tables = reader.GetInt64(0);
            versioned = reader.GetBoolean(1);
        }

        if (!versioned)
        {
            if (tables > 0)
            {
                throw new AccountabilityException([new Problem(
                    "schema",
                    PostgreSqlStorageProblemCodes.SchemaNotOwned,
                    string.Create(CultureInfo.InvariantCulture, $"The schema '{schema}' holds {tables} table(s) but no schema_version table: it was not made by this store. Nothing was changed: give the store a schema of its own."),
                    ProblemSeverity.Error,
                    schema)]);
            }

            return 0;
        }

        await using NpgsqlCommand read = new($"SELECT coalesce(max(version), 0) FROM {Quote(schema)}.schema_version", connection);
        return Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private sealed record Migration(int Version, string Description, Func<string, string> Sql);
}
