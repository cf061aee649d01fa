using System.Globalization;
using Npgsql;

namespace Accountability.Storage.PostgreSql.Tests.Infrastructure;

/// <summary>
/// A fresh database for one test class (an xunit class fixture), dropped afterwards; each store a test asks for gets a
/// fresh schema in it, so tests never see each other's records.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _stores = [];
    private int _schemas;

    /// <summary>The connection string of this class's own database (valid after initialisation).</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    private string Name { get; } = "acct_test_" + Guid.NewGuid().ToString("N")[..16];

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is not null)
        {
            return;
        }

        string server = PostgresServer.Require();
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (ConnectionString.Length == 0)
        {
            return;
        }

        foreach (IAsyncDisposable store in _stores)
        {
            await store.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresServer.Require());
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>A schema name not used before in this database.</summary>
    public string NewSchema() => "s" + Interlocked.Increment(ref _schemas).ToString(CultureInfo.InvariantCulture);

    /// <summary>A store over a fresh schema of this database, disposed with the fixture.</summary>
    public PostgreSqlAccountabilityStore NewStore() => Keep(PostgreSqlAccountabilityStore.OpenAsync(ConnectionString, NewSchema()).AsTask().GetAwaiter().GetResult());

    /// <summary>A scored result store over a fresh schema of this database, disposed with the fixture.</summary>
    public PostgreSqlScoredResultStore NewScoredResultStore() => Keep(PostgreSqlScoredResultStore.OpenAsync(ConnectionString, NewSchema()).AsTask().GetAwaiter().GetResult());

    /// <summary>Disposes <paramref name="store"/> with the fixture.</summary>
    public T Keep<T>(T store)
        where T : IAsyncDisposable
    {
        lock (_stores)
        {
            _stores.Add(store);
        }

        return store;
    }

    /// <summary>Runs one SQL statement (no parameters) in this database.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
