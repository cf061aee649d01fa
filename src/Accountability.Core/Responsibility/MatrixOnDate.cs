using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// A matrix resolved on one date: the people each role and team stands for and the roles and teams each person
/// holds that day, computed once so that checks and answers about many items do not resolve the same role again.
/// </summary>
/// <remarks>Immutable and thread-safe once built; building it is linear in the tenures (plus sorting each party's list).</remarks>
internal sealed class MatrixOnDate
{
    private readonly Dictionary<PartyId, Party[]> _holders;
    private readonly Dictionary<PartyId, Party[]> _memberships;

    public MatrixOnDate(ResponsibilityMatrix matrix, LocalDate on)
    {
        Matrix = matrix;
        On = on;
        MatrixIndex index = matrix.Index;
        var holders = new Dictionary<PartyId, HashSet<PartyId>>();
        var memberships = new Dictionary<PartyId, HashSet<PartyId>>();
        foreach (Tenure tenure in index.Tenures)
        {
            if (!tenure.Covers(on))
            {
                continue;
            }

            Add(holders, tenure.RoleOrTeam, tenure.Person);
            Add(memberships, tenure.Person, tenure.RoleOrTeam);
        }

        _holders = holders.ToDictionary(h => h.Key, h => h.Value.Order().Select(id => index.PartyById[id]).ToArray());
        _memberships = memberships.ToDictionary(m => m.Key, m => m.Value.OrderBy(index.ColumnOf).Select(id => index.PartyById[id]).ToArray());
    }

    public ResponsibilityMatrix Matrix { get; }

    public LocalDate On { get; }

    /// <summary>The people a party stands for: a person themself, a role or team the people holding it (by identifier).</summary>
    public IReadOnlyList<Party> HoldersOf(Party party) =>
        party.Kind == PartyKind.Person ? [party] : _holders.TryGetValue(party.Id, out Party[]? people) ? people : [];

    /// <summary>The roles and teams a person holds or belongs to, in column order; empty for a role or team.</summary>
    public IReadOnlyList<Party> MembershipsOf(Party party) =>
        party.Kind == PartyKind.Person && _memberships.TryGetValue(party.Id, out Party[]? groups) ? groups : [];

    /// <summary>A party's own cells, then (for a person) those of each role and team they hold, in column order.</summary>
    public IEnumerable<ResponsibilityMatrix.EffectiveCell> EffectiveCells(Party party) => Matrix.Index.EffectiveCells(party, MembershipsOf(party));

    /// <summary>The authority a party acts with: a person's own merged with that of every role and team they hold.</summary>
    public Authority EffectiveAuthority(Party party)
    {
        Authority authority = party.Authority;
        foreach (Party membership in MembershipsOf(party))
        {
            authority = authority.Union(membership.Authority);
        }

        return authority;
    }

    private static void Add(Dictionary<PartyId, HashSet<PartyId>> map, PartyId key, PartyId value)
    {
        if (!map.TryGetValue(key, out HashSet<PartyId>? set))
        {
            set = [];
            map.Add(key, set);
        }

        set.Add(value);
    }
}
