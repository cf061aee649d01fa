namespace Accountability.Responsibility;

/// <summary>A person, role or team that can hold responsibility in a <see cref="ResponsibilityMatrix"/>.</summary>
/// <remarks>
/// Plain, immutable and thread-safe data with value equality. Who holds a role or belongs to a team
/// is recorded separately, over time, as <see cref="Tenure"/>s.
/// </remarks>
public sealed class Party : IEquatable<Party>
{
    /// <summary>Creates a party.</summary>
    /// <param name="id">The party's identifier, unique within a matrix.</param>
    /// <param name="kind">Person, role or team.</param>
    /// <param name="name">The name shown to people.</param>
    /// <param name="authority">What the party may decide; <see cref="Authority.None"/> when omitted.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>; <paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public Party(PartyId id, PartyKind kind, string name, Authority? authority = null)
    {
        Identifier.ThrowIfDefault(id, "The party identifier is required.", nameof(id));

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown party kind.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Kind = kind;
        Name = name;
        Authority = authority ?? Authority.None;
    }

    /// <summary>The party's identifier.</summary>
    public PartyId Id { get; }

    /// <summary>Person, role or team.</summary>
    public PartyKind Kind { get; }

    /// <summary>The name shown to people.</summary>
    public string Name { get; }

    /// <summary>What the party may decide, as declared; see <see cref="Responsibility.Authority"/> for the model.</summary>
    public Authority Authority { get; }

    /// <summary>Creates a person.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="authority">The person's own authority, if any.</param>
    /// <returns>The party.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="name"/> is empty.</exception>
    public static Party Person(PartyId id, string name, Authority? authority = null) => new(id, PartyKind.Person, name, authority);

    /// <summary>Creates a role.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="authority">The authority the role confers on whoever holds it.</param>
    /// <returns>The party.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="name"/> is empty.</exception>
    public static Party Role(PartyId id, string name, Authority? authority = null) => new(id, PartyKind.Role, name, authority);

    /// <summary>Creates a team.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="authority">The authority the team confers on its members.</param>
    /// <returns>The party.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="name"/> is empty.</exception>
    public static Party Team(PartyId id, string name, Authority? authority = null) => new(id, PartyKind.Team, name, authority);

    /// <inheritdoc/>
    public bool Equals(Party? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal) && Authority.Equals(other.Authority);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Party);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, StringComparer.Ordinal.GetHashCode(Name), Authority);

    /// <summary>Returns <c>Name (id)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " (" + Id.Value + ")";
}
