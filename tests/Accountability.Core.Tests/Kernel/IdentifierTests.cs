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

public class IdentifierUnicodeTests
{
    // Attribute strings are stored as UTF-8, which cannot hold a lone surrogate, so the text is built here.
    [Theory]
    [InlineData("rep-", 0xD800, "", "An identifier must be valid Unicode text; it has a lone surrogate (U+D800) at position 4.")]
    [InlineData("", 0xDC00, "rep", "An identifier must be valid Unicode text; it has a lone surrogate (U+DC00) at position 0.")]
    [InlineData("a", 0xDBFF, "b", "An identifier must be valid Unicode text; it has a lone surrogate (U+DBFF) at position 1.")]
    public void IsValid_LoneSurrogate_SaysWhere(string before, int surrogate, string after, string expected)
    {
        string text = before + (char)surrogate + after;
        Assert.False(Identifier.IsValid(text, out string? reason));
        Assert.Equal(expected, reason);
        Assert.Throws<ArgumentException>(() => new PartyId(text));
    }

    [Fact]
    public void IsValid_SurrogatePair_IsAccepted()
    {
        Assert.True(Identifier.IsValid("rep-\uD83D\uDE00", out _));
    }

    /// <summary>Every accepted identifier survives the library's own JSON converter unchanged, so two ids never collapse into one.</summary>
    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool AcceptedIdentifiers_RoundTripThroughJson(string? text)
    {
        if (!Identifier.IsValid(text, out _))
        {
            return true;
        }

        var id = new PartyId(text);
        string json = JsonSerializer.Serialize(id);
        PartyId back = JsonSerializer.Deserialize<PartyId>(json);
        var asKey = new Dictionary<PartyId, int> { [id] = 1 };
        var keyBack = JsonSerializer.Deserialize<Dictionary<PartyId, int>>(JsonSerializer.Serialize(asKey))!;
        return back == id && keyBack.ContainsKey(id) && System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text)) == text;
    }

    /// <summary>Strings built to contain surrogates, valid or lone, are either rejected or round-trip exactly.</summary>
    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool SurrogateHeavyText_RejectedOrRoundTrips(FsCheck.NonEmptyArray<bool> highs)
    {
        var chars = new char[highs.Get.Length + 2];
        chars[0] = 'x';
        chars[^1] = 'y';
        for (int i = 0; i < highs.Get.Length; i++)
        {
            chars[i + 1] = highs.Get[i] ? '\uD83D' : '\uDE00';
        }

        string text = new(chars);
        if (!Identifier.IsValid(text, out _))
        {
            return true;
        }

        PartyId back = JsonSerializer.Deserialize<PartyId>(JsonSerializer.Serialize(new PartyId(text)));
        return back.Value == text;
    }
}
