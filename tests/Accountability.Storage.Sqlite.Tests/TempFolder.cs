using Microsoft.Data.Sqlite;

namespace Accountability.Storage.Sqlite.Tests;

/// <summary>A fresh folder for database files, deleted (with the pools of its stores) when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    private readonly List<SqliteAccountabilityStore> _stores = [];

    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("acc-sqlite-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Opens a store that is disposed with the folder.</summary>
    public SqliteAccountabilityStore Open(string name = "store.db", SqliteStoreOptions? options = null)
    {
        SqliteAccountabilityStore store = SqliteAccountabilityStore.Open(File(name), options);
        lock (_stores)
        {
            _stores.Add(store);
        }

        return store;
    }

    public void Dispose()
    {
        foreach (SqliteAccountabilityStore store in _stores)
        {
            store.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
