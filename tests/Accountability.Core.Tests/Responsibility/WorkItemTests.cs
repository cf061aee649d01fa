using Accountability.Responsibility;

namespace Accountability.Tests.Responsibility;

public class WorkItemTests
{
    [Fact]
    public void Constructor_KeepsValues()
    {
        var item = new WorkItem("visit-plan", "Visit plan", "call-on-hospitals", Authority.Rights("plan"));
        Assert.Equal("visit-plan", item.Id.Value);
        Assert.Equal(new WorkItemId("call-on-hospitals"), item.Parent);
        Assert.Equal(Authority.Rights("plan"), item.RequiredAuthority);
        Assert.Equal("Visit plan (visit-plan)", item.ToString());
        Assert.Same(Authority.None, new WorkItem("x", "X").RequiredAuthority);
    }

    [Fact]
    public void Equality_ComparesAllFields()
    {
        Assert.Equal(new WorkItem("a", "A", "p"), new WorkItem("a", "A", "p"));
        Assert.Equal(new WorkItem("a", "A").GetHashCode(), new WorkItem("a", "A").GetHashCode());
        Assert.NotEqual(new WorkItem("a", "A", "p"), new WorkItem("a", "A"));
        Assert.NotEqual(new WorkItem("a", "A"), new WorkItem("a", "B"));
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new WorkItem(default, "A"));
        Assert.Throws<ArgumentException>(() => new WorkItem("a", "A", default(WorkItemId)));
        Assert.Throws<ArgumentException>(() => new WorkItem("a", ""));
    }
}
