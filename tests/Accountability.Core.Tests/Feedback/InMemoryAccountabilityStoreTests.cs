using Accountability.Feedback;

namespace Accountability.Tests.Feedback;

/// <summary>The in-memory store runs the store contract.</summary>
public class InMemoryAccountabilityStoreTests : AccountabilityStoreContract
{
    protected override IAccountabilityStore CreateStore() => new InMemoryAccountabilityStore();

    [Fact]
    public async Task Count_IsTheNumberOfRecordsHeld()
    {
        var store = new InMemoryAccountabilityStore();
        Assert.Equal(0, store.Count);
        await store.AppendAsync(new StreamId("s"), 0, [TestRecords.Feedback("a"), TestRecords.Feedback("b")]);
        Assert.Equal(2, store.Count);
    }
}
