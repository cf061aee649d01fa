using System.Security.Cryptography;
using Accountability.Tests.Feedback;
using Microsoft.Data.Sqlite;

namespace Accountability.Storage.Sqlite.Tests;

/// <summary>Files the store cannot use are refused with a code, and left byte for byte as they were.</summary>
public sealed class SqliteBadFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static Problem Refused(string path, string code)
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => SqliteAccountabilityStore.Open(path));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal("database", problem.Path);
        Assert.Equal(System.IO.Path.GetFullPath(path), problem.AttemptedValue);
        return problem;
    }

    /// <summary>A database with some records, closed and checkpointed, so the whole of it is in the main file.</summary>
    private async Task<string> FilledDatabase(string name)
    {
        string path = _folder.File(name);
        using (SqliteAccountabilityStore store = SqliteAccountabilityStore.Open(path))
        {
            for (int i = 0; i < 20; i++)
            {
                await store.AppendAsync(new StreamId("s" + i), 0, [.. Enumerable.Range(i * 50, 50).Select(TestRecords.Numbered)]);
            }
        }

        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0, "the log was checkpointed on close");
        return path;
    }

    [Fact]
    public void Open_ATextFile_IsNotADatabase_AndTheFileIsUnchanged()
    {
        string path = _folder.File("notes.db");
        File.WriteAllText(path, "These are my notes, not a database. They go on for a while so the file is longer than a header would be.\n" + new string('x', 5000));
        string before = Hash(path);

        Problem problem = Refused(path, SqliteProblemCodes.NotADatabase);

        Assert.Equal($"The file '{System.IO.Path.GetFullPath(path)}' is not a SQLite database: it does not start with SQLite's header.", problem.Message);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task Open_ATruncatedDatabase_IsRefused_AndTheFileIsUnchanged()
    {
        string path = await FilledDatabase("full.db");
        byte[] bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 8192);

        string half = _folder.File("half.db");
        await File.WriteAllBytesAsync(half, bytes[..(bytes.Length / 2)]);
        string tiny = _folder.File("tiny.db");
        await File.WriteAllBytesAsync(tiny, bytes[..60]);
        string odd = _folder.File("odd.db");
        await File.WriteAllBytesAsync(odd, bytes[..(bytes.Length - 100)]);
        string[] hashes = [Hash(half), Hash(tiny), Hash(odd)];

        Assert.StartsWith("The database '", Refused(half, SqliteProblemCodes.Truncated).Message, StringComparison.Ordinal);
        Assert.EndsWith("is truncated: 60 bytes, shorter than SQLite's 100-byte header.", Refused(tiny, SqliteProblemCodes.Truncated).Message, StringComparison.Ordinal);
        Refused(odd, SqliteProblemCodes.Truncated);

        Assert.Equal(hashes, new[] { Hash(half), Hash(tiny), Hash(odd) });
        Assert.False(File.Exists(half + "-wal"));
    }

    [Fact]
    public async Task Open_ADatabaseOfANewerSchema_IsRefused_AndTheFileIsUnchanged()
    {
        string path = await FilledDatabase("newer.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "INSERT INTO accountability_schema (version) VALUES (99);";
            command.ExecuteNonQuery();
        }

        string before = Hash(path);

        Problem problem = Refused(path, SqliteProblemCodes.SchemaTooNew);

        Assert.Equal($"The database '{path}' has schema version 99, written by a newer version of Accountability.Storage.Sqlite; this version knows schema versions up to 1. The file was not changed.", problem.Message);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public void Open_AnotherApplicationsDatabase_IsRefused_AndTheFileIsUnchanged()
    {
        string path = _folder.File("other.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE orders (id INTEGER PRIMARY KEY); CREATE TABLE customers (id INTEGER PRIMARY KEY);";
            command.ExecuteNonQuery();
        }

        string before = Hash(path);

        Problem problem = Refused(path, SqliteProblemCodes.ForeignDatabase);

        Assert.Equal($"The database '{path}' belongs to another application: it has tables (customers, orders) but no 'accountability_schema' table.", problem.Message);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public void Open_InAReadOnlyLocation_IsNotWritable()
    {
        // /proc refuses new files even to root, unlike a folder whose write bits are cleared.
        Assert.True(OperatingSystem.IsLinux(), "this test needs Linux's /proc");
        Refused("/proc/accountability-test.db", SqliteProblemCodes.NotWritable);
        Problem missing = Refused(_folder.File("no-such-folder/store.db"), SqliteProblemCodes.NotWritable);
        Assert.EndsWith("does not exist.", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_AnEmptyFile_OrAGoodDatabaseTwice_Works_AndMigratesOnce()
    {
        string empty = _folder.File("empty.db");
        await File.WriteAllBytesAsync(empty, []);
        using (SqliteAccountabilityStore store = SqliteAccountabilityStore.Open(empty))
        {
            await store.AppendAsync(new StreamId("s"), 0, [TestRecords.Feedback("a")]);
        }

        using (SqliteAccountabilityStore again = SqliteAccountabilityStore.Open(empty))
        {
            Assert.NotNull(await again.ReadAsync(new RecordId("a")));
        }

        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={empty};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(version) FROM accountability_schema; ";
        Assert.Equal("1", command.ExecuteScalar());
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }
}
