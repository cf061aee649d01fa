using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

public class RatingBandsTests
{
    [Theory]
    [InlineData("-10", "Below expectations")]
    [InlineData("59.999999999999", "Below expectations")]
    [InlineData("60", "Partially meets")]
    [InlineData("90", "Meets")]
    [InlineData("129.99", "Exceeds")]
    [InlineData("130", "Outstanding")]
    [InlineData("1000", "Outstanding")]
    public void Find_BoundaryBelongsToHigherBand(string score, string expected) =>
        Assert.Equal(expected, SalesTeam.Bands.Find(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)).Name);

    [Fact]
    public void Create_BadTable_ReportsEveryProblem()
    {
        var ex = Assert.Throws<AccountabilityException>(() => RatingBands.Create([("Low", 10m), ("Mid", 50m), ("Mid", 40m), ("", null)]));

        Assert.Equal(
            ["bands[0].minimumScore", "bands[2].name", "bands[2].minimumScore", "bands[3].name", "bands[3].minimumScore"],
            ex.Problems.Select(p => p.Path));
        Assert.Equal("The lowest band has no lower bound; leave its minimum score empty.", ex.Problems[0].Message);
        Assert.Equal("The band name 'Mid' is used twice.", ex.Problems[1].Message);
        Assert.Equal("Band minimums must increase: 'Mid' starts at 40, not above 'Mid' at 50.", ex.Problems[2].Message);
        Assert.Equal("A band needs a name.", ex.Problems[3].Message);
        Assert.Equal("The band '' needs a minimum score; only the lowest band has none.", ex.Problems[4].Message);
    }

    [Fact]
    public void Create_Empty_IsRejected()
    {
        var ex = Assert.Throws<AccountabilityException>(() => RatingBands.Create([]));
        Assert.Equal("A band table needs at least one band.", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Then_IsImmutable()
    {
        RatingBands one = RatingBands.StartingWith("Low");
        RatingBands two = one.Then(50m, "High");
        Assert.Single(one.Bands);
        Assert.Equal(2, two.Bands.Count);
        Assert.Equal("High (from 50)", two.Bands[1].ToString());
        Assert.Null(two.FindByName("Nope"));
    }
}
