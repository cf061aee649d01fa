using Accountability.Responsibility;

namespace Accountability.Tests.Responsibility;

public class AuthorityTests
{
    [Fact]
    public void Covers_RightsAndLevel_RequiresBoth()
    {
        Authority held = Authority.Of(3, "approve", "hire");
        Assert.True(held.Covers(Authority.Of(3, "approve")));
        Assert.True(held.Covers(Authority.Rights("hire")));
        Assert.True(held.Covers(Authority.None));
        Assert.False(held.Covers(Authority.Of(4)));
        Assert.False(held.Covers(Authority.Rights("fire")));
    }

    [Fact]
    public void Covers_HolderWithoutLevel_NeverMeetsALevel()
    {
        Assert.False(Authority.Rights("approve").Covers(Authority.Of(0)));
        Assert.True(Authority.None.Covers(Authority.None));
    }

    [Fact]
    public void Shortfall_SaysWhatIsMissing()
    {
        Assert.Equal("the right 'approve' and level 3 (has none)", Authority.None.Shortfall(Authority.Of(3, "approve")));
        Assert.Equal("the rights 'a', 'b'", Authority.Of(5).Shortfall(Authority.Rights("b", "a")));
        Assert.Equal("level 4 (has 2)", Authority.Of(2, "x").Shortfall(Authority.Of(4, "x")));
        Assert.Null(Authority.Of(4).Shortfall(Authority.Of(4)));
    }

    [Fact]
    public void Union_MergesRightsAndKeepsHigherLevel()
    {
        Authority merged = Authority.Of(2, "b").Union(Authority.Create(["a", "b"], 5));
        Assert.Equal(["a", "b"], merged.DecisionRights);
        Assert.Equal(5, merged.Level);
        Assert.Equal(Authority.Of(1), Authority.Rights().Union(Authority.Of(1)));
        Assert.Equal(Authority.Of(7), Authority.Of(7).Union(Authority.Rights()));
        Assert.Equal(Authority.Create(["x"], 1), Authority.Of(1).Union(Authority.Rights("x")));
    }

    [Fact]
    public void Equality_IgnoresOrderAndDuplicatesOfRights()
    {
        Assert.Equal(Authority.Of(1, "b", "a", "a"), Authority.Of(1, "a", "b"));
        Assert.Equal(Authority.Of(1, "b", "a").GetHashCode(), Authority.Of(1, "a", "b").GetHashCode());
        Assert.NotEqual(Authority.Of(1, "a"), Authority.Rights("a"));
        Assert.False(Authority.None.Equals(null));
    }

    [Fact]
    public void ToString_ShowsLevelAndRights()
    {
        Assert.Equal("none", Authority.None.ToString());
        Assert.Equal("level 3; approve, hire", Authority.Of(3, "hire", "approve").ToString());
        Assert.Equal("approve", Authority.Rights("approve").ToString());
        Assert.Equal("level 1", Authority.Of(1).ToString());
        Assert.True(Authority.None.IsNone);
    }

    [Fact]
    public void Factories_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Authority.Of(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Authority.Create([], -2));
        Assert.Throws<ArgumentException>(() => Authority.Rights(" "));
        Assert.Throws<ArgumentNullException>(() => Authority.Create(null!, 1));
        Assert.Throws<ArgumentNullException>(() => Authority.None.Covers(null!));
        Assert.Throws<ArgumentNullException>(() => Authority.None.Union(null!));
    }
}
