using Npgsql;

namespace Accountability.Storage.PostgreSql;

/// <summary>
/// One store's connection pool and schema: the schema is created or migrated once, on first use (or at open); a failed
/// attempt is tried again on the next call.
/// </summary>
internal sealed class StorageDatabase : IAsyncDisposable, IDisposable
{
    private readonly Lock _gate = new();
    private Task? _ready;

    private StorageDatabase(NpgsqlDataSource dataSource, string schema)
    {
        DataSource = dataSource;
        Schema = schema;
        QuotedSchema = StorageSchema.Quote(schema);
    }

    public NpgsqlDataSource DataSource { get; }

    public string Schema { get; }

    public string QuotedSchema { get; }

    /// <summary>Checks the arguments and builds the pool, without connecting.</summary>
    public static StorageDatabase Create(string connectionString, string? schema)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        string checkedSchema = StorageSchemaName.Require(schema, nameof(schema));
        return new StorageDatabase(StorageDataSource.Build(connectionString), checkedSchema);
    }

    /// <summary>Completes when the schema is at the current version.</summary>
    public Task ReadyAsync(CancellationToken cancellationToken)
    {
        Task? ready = Volatile.Read(ref _ready);
        if (ready is { IsCompletedSuccessfully: true })
        {
            return ready;
        }

        lock (_gate)
        {
            if (_ready is null || _ready.IsFaulted || _ready.IsCanceled)
            {
                _ready = StorageSchema.MigrateAsync(DataSource, Schema, CancellationToken.None);
            }

            return _ready.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Takes a transaction-scoped advisory lock: (<paramref name="space"/>, hash of <paramref name="name"/>).</summary>
    public static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int space, string name, CancellationToken cancellationToken)
    {
        await using NpgsqlCommand command = new("SELECT pg_advisory_xact_lock($1, hashtext($2))", connection, transaction);
        command.Parameters.Add(new() { Value = space });
        command.Parameters.Add(new() { Value = name });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => DataSource.Dispose();

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
