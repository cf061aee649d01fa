using Accountability.Responsibility;

namespace Accountability.Tests.Responsibility;

public class AssignmentTests
{
    [Fact]
    public void Equality_IgnoresCodeOrder()
    {
        Assert.Equal(new Assignment("t", "p", ["R", "A"]), new Assignment("t", "p", ["A", "R"]));
        Assert.NotEqual(new Assignment("t", "p", ["R"]), new Assignment("t", "p", ["A"]));
        Assert.NotEqual(new Assignment("t", "p", ["R"]), new Assignment("t", "q", ["R"]));
        Assert.Equal(new Assignment("t", "p", ["R"]).GetHashCode(), new Assignment("t", "p", ["R"]).GetHashCode());
    }

    [Fact]
    public void Has_AndToString()
    {
        var cell = new Assignment("t", "p", ["R", "A"]);
        Assert.True(cell.Has("A"));
        Assert.False(cell.Has("a"));
        Assert.Equal("t × p: R/A", cell.ToString());
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new Assignment(default, "p", ["R"]));
        Assert.Throws<ArgumentException>(() => new Assignment("t", default, ["R"]));
        Assert.Throws<ArgumentNullException>(() => new Assignment("t", "p", null!));
        Assert.Throws<ArgumentException>(() => new Assignment("t", "p", [null!]));
    }
}
