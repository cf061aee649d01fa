using Accountability.Responsibility;

namespace Accountability.Tests.Responsibility;

public class PartyTests
{
    [Fact]
    public void Factories_SetKindAndDefaultAuthority()
    {
        Assert.Equal(PartyKind.Person, Party.Person("ana", "Ana").Kind);
        Assert.Equal(PartyKind.Role, Party.Role("rm", "Regional manager").Kind);
        Party team = Party.Team("reps", "Reps");
        Assert.Equal(PartyKind.Team, team.Kind);
        Assert.Same(Authority.None, team.Authority);
        Assert.Equal("Reps (reps)", team.ToString());
    }

    [Fact]
    public void Equality_ComparesAllFields()
    {
        Assert.Equal(Party.Person("ana", "Ana", Authority.Of(1)), Party.Person("ana", "Ana", Authority.Of(1)));
        Assert.Equal(Party.Person("ana", "Ana").GetHashCode(), Party.Person("ana", "Ana").GetHashCode());
        Assert.NotEqual(Party.Person("ana", "Ana"), Party.Person("ana", "Anna"));
        Assert.NotEqual(Party.Person("ana", "Ana"), Party.Role("ana", "Ana"));
        Assert.NotEqual(Party.Person("ana", "Ana"), Party.Person("ana", "Ana", Authority.Of(1)));
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new Party(default, PartyKind.Person, "x"));
        Assert.Throws<ArgumentException>(() => Party.Person("a", " "));
        Assert.Throws<ArgumentNullException>(() => Party.Person("a", null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Party("a", (PartyKind)9, "x"));
    }
}
