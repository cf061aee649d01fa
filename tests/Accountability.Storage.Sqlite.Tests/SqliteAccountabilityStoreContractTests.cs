using Accountability.Feedback;
using Accountability.Tests.Feedback;

namespace Accountability.Storage.Sqlite.Tests;

/// <summary>The core's store contract, unchanged, against a new SQLite file per test.</summary>
public sealed class SqliteAccountabilityStoreContractTests : AccountabilityStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private int _next;

    protected override IAccountabilityStore CreateStore() => _folder.Open($"contract-{Interlocked.Increment(ref _next)}.db");

    public void Dispose() => _folder.Dispose();
}

/// <summary>The core's scored result store contract, unchanged, against a new SQLite file per test.</summary>
public sealed class SqliteScoredResultStoreContractTests : ScoredResultStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private int _next;

    protected override IScoredResultStore CreateStore() => _folder.Open($"results-{Interlocked.Increment(ref _next)}.db");

    public void Dispose() => _folder.Dispose();
}
