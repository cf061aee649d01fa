using System.Globalization;
using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// A person holding a role, or belonging to a team, from one date to another, both inclusive.
/// </summary>
/// <remarks>
/// Plain, immutable and thread-safe data with value equality. The constructor does not compare the
/// dates, so that data read from elsewhere can be reported rather than thrown: a tenure that ends
/// before it starts covers no date, and <see cref="ResponsibilityMatrixBuilder.Build"/> reports it
/// as the problem <c>tenure-ends-before-start</c>.
/// </remarks>
public sealed class Tenure : IEquatable<Tenure>
{
    /// <summary>Creates a tenure.</summary>
    /// <param name="person">The person who holds the role or belongs to the team.</param>
    /// <param name="roleOrTeam">The role or team.</param>
    /// <param name="effectiveFrom">The first day of the tenure.</param>
    /// <param name="effectiveTo">The last day of the tenure; <see langword="null"/> while it is open-ended.</param>
    /// <exception cref="ArgumentException"><paramref name="person"/> or <paramref name="roleOrTeam"/> is <c>default</c>.</exception>
    public Tenure(PartyId person, PartyId roleOrTeam, LocalDate effectiveFrom, LocalDate? effectiveTo = null)
    {
        Identifier.ThrowIfDefault(person, "The person is required.", nameof(person));

        Identifier.ThrowIfDefault(roleOrTeam, "The role or team is required.", nameof(roleOrTeam));

        Person = person;
        RoleOrTeam = roleOrTeam;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
    }

    /// <summary>The person who holds the role or belongs to the team.</summary>
    public PartyId Person { get; }

    /// <summary>The role or team.</summary>
    public PartyId RoleOrTeam { get; }

    /// <summary>The first day of the tenure (inclusive).</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last day of the tenure (inclusive); <see langword="null"/> while it is open-ended.</summary>
    public LocalDate? EffectiveTo { get; }

    /// <summary>Tells whether the tenure covers <paramref name="date"/>: on or after the start and, if it has an end, on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the person held the role (or belonged to the team) that day.</returns>
    public bool Covers(LocalDate date) => date >= EffectiveFrom && (EffectiveTo is not LocalDate end || date <= end);

    /// <inheritdoc/>
    public bool Equals(Tenure? other) =>
        other is not null && Person == other.Person && RoleOrTeam == other.RoleOrTeam && EffectiveFrom == other.EffectiveFrom && EffectiveTo == other.EffectiveTo;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Tenure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Person, RoleOrTeam, EffectiveFrom, EffectiveTo);

    /// <summary>Returns <c>person in roleOrTeam from 2026-01-01 to 2026-12-31</c> (or <c>onwards</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Person} in {RoleOrTeam} from {Iso(EffectiveFrom)}") +
        (EffectiveTo is LocalDate end ? " to " + Iso(end) : " onwards");

    internal static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
