using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// Collects parties, work items, tenures and cells, then builds an immutable <see cref="ResponsibilityMatrix"/>,
/// checking everything at <see cref="Build"/> and reporting every problem at once.
/// </summary>
/// <remarks>
/// A builder is mutable and not thread-safe; the matrices it builds are immutable. A builder made with
/// <see cref="ResponsibilityMatrix.ToBuilder"/> builds the next version of that matrix. Methods only record
/// what they are given (nothing is checked until <see cref="Build"/>), except for null arguments.
/// </remarks>
public sealed class ResponsibilityMatrixBuilder
{
    private readonly List<Party> _parties = [];
    private readonly List<WorkItem> _items = [];
    private readonly List<Tenure> _tenures = [];
    private readonly List<Assignment> _assignments = [];
    private LocalDate? _effectiveFrom;

    /// <summary>Starts a new matrix (version 1) under <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The scheme whose codes the cells hold.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public ResponsibilityMatrixBuilder(ResponsibilityScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        Scheme = scheme;
        Version = 1;
    }

    internal ResponsibilityMatrixBuilder(ResponsibilityMatrix matrix)
    {
        Scheme = matrix.Scheme;
        Version = matrix.NextVersion();
        _effectiveFrom = matrix.EffectiveFrom;
        _parties.AddRange(matrix.Parties);
        _items.AddRange(matrix.WorkItems);
        _tenures.AddRange(matrix.Tenures);
        _assignments.AddRange(matrix.Assignments);
    }

    /// <summary>The scheme whose codes the cells hold.</summary>
    public ResponsibilityScheme Scheme { get; }

    /// <summary>The version number the built matrix will carry.</summary>
    public int Version { get; }

    /// <summary>Adds a party (a column).</summary>
    /// <param name="party">The party.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public ResponsibilityMatrixBuilder AddParty(Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        _parties.Add(party);
        return this;
    }

    /// <summary>Adds a person.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="authority">The person's own authority, if any.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="name"/> is empty.</exception>
    public ResponsibilityMatrixBuilder AddPerson(PartyId id, string name, Authority? authority = null) => AddParty(Party.Person(id, name, authority));

    /// <summary>Adds a role.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="authority">The authority the role confers on whoever holds it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="name"/> is empty.</exception>
    public ResponsibilityMatrixBuilder AddRole(PartyId id, string name, Authority? authority = null) => AddParty(Party.Role(id, name, authority));

    /// <summary>Adds a team.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="authority">The authority the team confers on its members.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="name"/> is empty.</exception>
    public ResponsibilityMatrixBuilder AddTeam(PartyId id, string name, Authority? authority = null) => AddParty(Party.Team(id, name, authority));

    /// <summary>Adds a work item (a row).</summary>
    /// <param name="item">The work item.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public ResponsibilityMatrixBuilder AddWorkItem(WorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Add(item);
        return this;
    }

    /// <summary>Adds a work item (a row).</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="title">The title.</param>
    /// <param name="parent">The item it is nested under, if any.</param>
    /// <param name="requiredAuthority">What its Accountable party must be able to decide, if anything.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="title"/> is empty.</exception>
    public ResponsibilityMatrixBuilder AddWorkItem(WorkItemId id, string title, WorkItemId? parent = null, Authority? requiredAuthority = null) =>
        AddWorkItem(new WorkItem(id, title, parent, requiredAuthority));

    /// <summary>Records that a person holds a role or belongs to a team from one date to another, both inclusive.</summary>
    /// <param name="tenure">The tenure.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tenure"/> is null.</exception>
    public ResponsibilityMatrixBuilder AddTenure(Tenure tenure)
    {
        ArgumentNullException.ThrowIfNull(tenure);
        _tenures.Add(tenure);
        return this;
    }

    /// <summary>Records that a person holds a role or belongs to a team from one date to another, both inclusive.</summary>
    /// <param name="person">The person.</param>
    /// <param name="roleOrTeam">The role or team.</param>
    /// <param name="effectiveFrom">The first day.</param>
    /// <param name="effectiveTo">The last day, or <see langword="null"/> while open-ended.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="person"/> or <paramref name="roleOrTeam"/> is <c>default</c>.</exception>
    public ResponsibilityMatrixBuilder AddTenure(PartyId person, PartyId roleOrTeam, LocalDate effectiveFrom, LocalDate? effectiveTo = null) =>
        AddTenure(new Tenure(person, roleOrTeam, effectiveFrom, effectiveTo));

    /// <summary>Gives <paramref name="party"/> the <paramref name="codes"/> on <paramref name="item"/>, adding to any codes it already holds there.</summary>
    /// <param name="item">The work item.</param>
    /// <param name="party">The party.</param>
    /// <param name="codes">The symbols of the codes, such as <c>"R", "A"</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="item"/> or <paramref name="party"/> is <c>default</c>, or a code is null.</exception>
    public ResponsibilityMatrixBuilder Assign(WorkItemId item, PartyId party, params string[] codes) => AddAssignment(new Assignment(item, party, codes));

    /// <summary>Adds a cell, merging with any cell already given for the same item and party.</summary>
    /// <param name="assignment">The cell.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assignment"/> is null.</exception>
    public ResponsibilityMatrixBuilder AddAssignment(Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        _assignments.Add(assignment);
        return this;
    }

    /// <summary>Empties the cell of <paramref name="party"/> on <paramref name="item"/>.</summary>
    /// <param name="item">The work item.</param>
    /// <param name="party">The party.</param>
    /// <returns>This builder.</returns>
    public ResponsibilityMatrixBuilder Unassign(WorkItemId item, PartyId party)
    {
        _assignments.RemoveAll(a => a.WorkItem == item && a.Party == party);
        return this;
    }

    /// <summary>Removes a work item and its cells.</summary>
    /// <param name="item">The work item.</param>
    /// <returns>This builder.</returns>
    public ResponsibilityMatrixBuilder RemoveWorkItem(WorkItemId item)
    {
        _items.RemoveAll(i => i.Id == item);
        _assignments.RemoveAll(a => a.WorkItem == item);
        return this;
    }

    /// <summary>Removes a party, its cells and its tenures (as holder, or as the role or team held).</summary>
    /// <param name="party">The party.</param>
    /// <returns>This builder.</returns>
    public ResponsibilityMatrixBuilder RemoveParty(PartyId party)
    {
        _parties.RemoveAll(p => p.Id == party);
        _assignments.RemoveAll(a => a.Party == party);
        _tenures.RemoveAll(t => t.Person == party || t.RoleOrTeam == party);
        return this;
    }

    /// <summary>Removes a tenure equal to <paramref name="tenure"/>.</summary>
    /// <param name="tenure">The tenure to remove.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tenure"/> is null.</exception>
    public ResponsibilityMatrixBuilder RemoveTenure(Tenure tenure)
    {
        ArgumentNullException.ThrowIfNull(tenure);
        _tenures.RemoveAll(t => t.Equals(tenure));
        return this;
    }

    /// <summary>Sets the first day the built version applies; <see langword="null"/> for from the beginning.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public ResponsibilityMatrixBuilder EffectiveFrom(LocalDate? date)
    {
        _effectiveFrom = date;
        return this;
    }

    /// <summary>Builds the matrix.</summary>
    /// <returns>The immutable matrix, version <see cref="Version"/>.</returns>
    /// <exception cref="AccountabilityException">The content is not well-formed; every problem is listed (see <see cref="ResponsibilityMatrix.Create"/>).</exception>
    public ResponsibilityMatrix Build() => ResponsibilityMatrix.Create(Scheme, _parties, _items, _tenures, _assignments, Version, _effectiveFrom);
}
