using System.Text.Json;

namespace Accountability.Tests.Kernel;

public class IdentifierTests
{
    [Theory]
    [InlineData("", "An identifier cannot be empty or white space.")]
    [InlineData("   ", "An identifier cannot be empty or white space.")]
    [InlineData(" rep-1", "An identifier cannot start or end with white space.")]
    [InlineData("rep-1 ", "An identifier cannot start or end with white space.")]
    [InlineData("rep\u0001", "An identifier cannot contain control characters.")]
    public void IsValid_BadText_SaysWhy(string text, string expected)
    {
        Assert.False(Identifier.IsValid(text, out string? reason));
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void Constructor_TooLong_ThrowsArgumentExceptionNamingLength()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PartyId(new string('x', 201)));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("at most 200 characters; this one has 201", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => new CriterionId(null!));
    }

    [Fact]
    public void Default_IsDefaultAndEmpty()
    {
        PartyId id = default;
        Assert.True(id.IsDefault);
        Assert.Equal(string.Empty, id.Value);
        Assert.False(new PartyId("a").IsDefault);
    }

    [Fact]
    public void Equality_IsOrdinalAndCaseSensitive()
    {
        Assert.Equal(new PartyId("rep-1"), new PartyId("rep-1"));
        Assert.NotEqual(new PartyId("rep-1"), new PartyId("REP-1"));
        Assert.True(new PartyId("a") < new PartyId("b"));
        Assert.Equal("rep-1", new PartyId("rep-1").ToString());
    }

    [Fact]
    public void Json_RoundTripsAsStringAndDictionaryKey()
    {
        var map = new Dictionary<CriterionId, GoalId> { [new CriterionId("sales")] = new GoalId("g-1") };
        string json = JsonSerializer.Serialize(map);
        Assert.Equal("{\"sales\":\"g-1\"}", json);
        var back = JsonSerializer.Deserialize<Dictionary<CriterionId, GoalId>>(json)!;
        Assert.Equal(new GoalId("g-1"), back[new CriterionId("sales")]);
    }

    [Fact]
    public void Json_InvalidText_ThrowsJsonExceptionSayingWhy()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartyId>("\" x\""));
        Assert.Equal("' x' is not a valid PartyId: An identifier cannot start or end with white space.", ex.Message);
    }
}
