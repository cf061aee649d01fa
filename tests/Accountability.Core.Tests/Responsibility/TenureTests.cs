using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Tests.Responsibility;

public class TenureTests
{
    [Fact]
    public void Covers_BothEndsInclusive()
    {
        var tenure = new Tenure("ana", "rm", new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));
        Assert.False(tenure.Covers(new LocalDate(2025, 12, 31)));
        Assert.True(tenure.Covers(new LocalDate(2026, 1, 1)));
        Assert.True(tenure.Covers(new LocalDate(2026, 3, 31)));
        Assert.False(tenure.Covers(new LocalDate(2026, 4, 1)));
    }

    [Fact]
    public void Covers_OpenEnded_CoversEverythingFromStart()
    {
        var tenure = new Tenure("ana", "rm", new LocalDate(2026, 1, 1));
        Assert.True(tenure.Covers(new LocalDate(2099, 1, 1)));
        Assert.Equal("ana in rm from 2026-01-01 onwards", tenure.ToString());
    }

    [Fact]
    public void Covers_EndsBeforeStart_CoversNothing()
    {
        var tenure = new Tenure("ana", "rm", new LocalDate(2026, 3, 1), new LocalDate(2026, 1, 1));
        Assert.False(tenure.Covers(new LocalDate(2026, 2, 1)));
        Assert.False(tenure.Covers(new LocalDate(2026, 3, 1)));
        Assert.Equal("ana in rm from 2026-03-01 to 2026-01-01", tenure.ToString());
    }

    [Fact]
    public void Equality_ComparesAllFields()
    {
        var d = new LocalDate(2026, 1, 1);
        Assert.Equal(new Tenure("a", "r", d, d), new Tenure("a", "r", d, d));
        Assert.Equal(new Tenure("a", "r", d).GetHashCode(), new Tenure("a", "r", d).GetHashCode());
        Assert.NotEqual(new Tenure("a", "r", d), new Tenure("a", "r", d, d));
    }

    [Fact]
    public void Constructor_DefaultIds_Throw()
    {
        Assert.Throws<ArgumentException>(() => new Tenure(default, "r", new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentException>(() => new Tenure("a", default, new LocalDate(2026, 1, 1)));
    }
}
