using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// Work items × parties, each cell holding one or more codes of a <see cref="ResponsibilityScheme"/>,
/// together with the parties, their authority and who held which role or belonged to which team when.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe. Every change makes a new version: <see cref="ToBuilder"/>, <see cref="Apply"/>
/// and <see cref="Handover"/> return a new matrix whose <see cref="Version"/> is higher, and the old one stays
/// as it was (keep the versions in a <see cref="ResponsibilityHistory"/>).
/// </para>
/// <para>
/// A matrix is always well-formed (every id it mentions is defined, every code belongs to its scheme), but it
/// may still break the rules of responsibility: <see cref="Validate"/> lists those problems without throwing,
/// so a matrix with errors can be inspected, rendered and diffed. Queries that must name who answers
/// (<see cref="WhoAnswersFor(WorkItemId, LocalDate, ResponsibilityChecks)"/>, or <see cref="AsOf"/> to validate once and ask about many items) refuse to
/// answer while the item has errors.
/// </para>
/// <para>
/// Roles and teams are resolved to people on a date: the people whose <see cref="Tenure"/> covers that day
/// (both ends inclusive). Render a matrix with <see cref="ResponsibilityTable"/>.
/// </para>
/// <para>
/// The order of <see cref="WorkItems"/> (rows) and <see cref="Parties"/> (columns) is the order they were added;
/// it is presentation only: checks, diffs and equality of content do not depend on it.
/// </para>
/// <para>
/// A version describes responsibilities from its <see cref="EffectiveFrom"/> on: asked who answered, or what a party
/// answered for, on an earlier date, it refuses with <c>date-before-version</c> (ask a <see cref="ResponsibilityHistory"/>).
/// Building, validating and every query are linear in the size of the matrix (or n log n where they sort), whatever
/// the depth of nesting; nothing recurses.
/// </para>
/// </remarks>
public sealed partial class ResponsibilityMatrix
{
    private ResponsibilityMatrix(ResponsibilityScheme scheme, int version, LocalDate? effectiveFrom, Party[] parties, WorkItem[] items, Tenure[] tenures, Assignment[] assignments)
    {
        Scheme = scheme;
        Version = version;
        EffectiveFrom = effectiveFrom;
        Index = new MatrixIndex(scheme, parties, items, tenures, assignments);
    }

    /// <summary>The scheme whose codes the cells hold.</summary>
    public ResponsibilityScheme Scheme { get; }

    /// <summary>The version number, 1 for a matrix built from scratch, higher for each change.</summary>
    public int Version { get; }

    /// <summary>The first day this version applies; <see langword="null"/> when it applies from the beginning.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>The parties (columns), in the order they were added.</summary>
    public IReadOnlyList<Party> Parties => Index.Parties;

    /// <summary>The work items (rows), in the order they were added.</summary>
    public IReadOnlyList<WorkItem> WorkItems => Index.Items;

    /// <summary>Who held which role or belonged to which team, and when.</summary>
    public IReadOnlyList<Tenure> Tenures => Index.Tenures;

    /// <summary>The non-empty cells, by row then column; codes distinct and in the scheme's order.</summary>
    public IReadOnlyList<Assignment> Assignments => Index.Assignments;

    /// <summary>
    /// Creates a matrix from plain data, checking everything and reporting every problem at once.
    /// Cells given twice for the same item and party are merged.
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="parties">The parties (columns).</param>
    /// <param name="workItems">The work items (rows).</param>
    /// <param name="tenures">Who holds which role or belongs to which team, when.</param>
    /// <param name="assignments">The cells.</param>
    /// <param name="version">The version number, one or more.</param>
    /// <param name="effectiveFrom">The first day the version applies, if not from the beginning.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or a list contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than one.</exception>
    /// <exception cref="AccountabilityException">
    /// The data is not well-formed; every problem is listed: <c>duplicate-party</c>, <c>duplicate-work-item</c>,
    /// <c>unknown-work-item</c>, <c>work-item-cycle</c>, <c>unknown-party</c>, <c>tenure-holder-not-person</c>,
    /// <c>tenure-target-not-role-or-team</c>, <c>tenure-ends-before-start</c>, <c>assignment-without-codes</c>,
    /// <c>unknown-code</c>.
    /// </exception>
    public static ResponsibilityMatrix Create(
        ResponsibilityScheme scheme,
        IEnumerable<Party> parties,
        IEnumerable<WorkItem> workItems,
        IEnumerable<Tenure> tenures,
        IEnumerable<Assignment> assignments,
        int version = 1,
        LocalDate? effectiveFrom = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        Party[] partyArray = NoNulls(parties, nameof(parties));
        WorkItem[] itemArray = NoNulls(workItems, nameof(workItems));
        Tenure[] tenureArray = NoNulls(tenures, nameof(tenures));
        Assignment[] assignmentArray = NoNulls(assignments, nameof(assignments));
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);

        var problems = new ProblemCollector();
        var partyById = new Dictionary<PartyId, Party>();
        for (int i = 0; i < partyArray.Length; i++)
        {
            if (!partyById.TryAdd(partyArray[i].Id, partyArray[i]))
            {
                problems.Error(ProblemPath.Join(ProblemPath.Index("parties", i), "id"), ResponsibilityProblemCodes.DuplicateParty, $"The party '{partyArray[i].Id}' is defined more than once.", partyArray[i].Id);
            }
        }

        var itemById = new Dictionary<WorkItemId, WorkItem>();
        for (int i = 0; i < itemArray.Length; i++)
        {
            if (!itemById.TryAdd(itemArray[i].Id, itemArray[i]))
            {
                problems.Error(ProblemPath.Join(ProblemPath.Index("items", i), "id"), ResponsibilityProblemCodes.DuplicateWorkItem, $"The work item '{itemArray[i].Id}' is defined more than once.", itemArray[i].Id);
            }
        }

        MatrixContent.CheckParents(itemArray, itemById, problems);
        MatrixContent.CheckTenures(tenureArray, partyById, problems);
        Assignment[] cells = MatrixContent.MergeAssignments(scheme, assignmentArray, partyById, itemById, problems);
        problems.ThrowIfErrors();
        return new ResponsibilityMatrix(scheme, version, effectiveFrom, partyArray, itemArray, tenureArray, cells);
    }

    /// <summary>Returns a builder holding this matrix's content, which builds the next version.</summary>
    /// <returns>A new builder; changing it does not change this matrix.</returns>
    /// <exception cref="AccountabilityException">This is the last version a matrix can have (<see cref="int.MaxValue"/>; <c>version-limit</c>).</exception>
    public ResponsibilityMatrixBuilder ToBuilder() => new(this);

    /// <summary>The number of the version that follows this one.</summary>
    internal int NextVersion() => Version < int.MaxValue
        ? Version + 1
        : throw new AccountabilityException([new Problem("version", ResponsibilityProblemCodes.VersionLimit, $"Version {Version} is the last one a matrix can have; no change can follow it.", ProblemSeverity.Error, Version)]);

    /// <summary>Finds a party.</summary>
    /// <param name="id">The party's identifier.</param>
    /// <param name="party">The party, when found.</param>
    /// <returns><see langword="true"/> when the matrix defines the party.</returns>
    public bool TryGetParty(PartyId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Party? party) => Index.PartyById.TryGetValue(id, out party);

    /// <summary>Finds a work item.</summary>
    /// <param name="id">The item's identifier.</param>
    /// <param name="item">The item, when found.</param>
    /// <returns><see langword="true"/> when the matrix defines the item.</returns>
    public bool TryGetWorkItem(WorkItemId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WorkItem? item) => Index.ItemById.TryGetValue(id, out item);

    /// <summary>Returns a party.</summary>
    /// <param name="id">The party's identifier.</param>
    /// <returns>The party.</returns>
    /// <exception cref="AccountabilityException">The matrix does not define the party (<c>unknown-party</c>).</exception>
    public Party GetParty(PartyId id) => Index.PartyById.TryGetValue(id, out Party? party) ? party : throw UnknownParty("party", id);

    /// <summary>Returns a work item.</summary>
    /// <param name="id">The item's identifier.</param>
    /// <returns>The item.</returns>
    /// <exception cref="AccountabilityException">The matrix does not define the item (<c>unknown-work-item</c>).</exception>
    public WorkItem GetWorkItem(WorkItemId id) => Index.ItemById.TryGetValue(id, out WorkItem? item) ? item : throw UnknownItem("workItem", id);

    /// <summary>Returns how deep <paramref name="id"/> is nested: 0 for a top-level item.</summary>
    /// <param name="id">The item's identifier.</param>
    /// <returns>The number of ancestors.</returns>
    /// <exception cref="AccountabilityException">The matrix does not define the item.</exception>
    public int DepthOf(WorkItemId id) => Index.TryGetDepth(id, out int depth) ? depth : throw UnknownItem("workItem", id);

    /// <summary>Returns the items nested directly under <paramref name="id"/>, in row order.</summary>
    /// <param name="id">The parent item's identifier.</param>
    /// <returns>The children.</returns>
    /// <exception cref="AccountabilityException">The matrix does not define the item.</exception>
    public IReadOnlyList<WorkItem> ChildrenOf(WorkItemId id)
    {
        _ = GetWorkItem(id);
        return [.. Index.ChildrenOf(id)];
    }

    /// <summary>Returns the codes <paramref name="party"/> holds directly on <paramref name="item"/>, in the scheme's order.</summary>
    /// <param name="item">The work item.</param>
    /// <param name="party">The party.</param>
    /// <returns>The codes; empty when the cell is empty.</returns>
    /// <exception cref="AccountabilityException">The item or the party is not defined.</exception>
    public IReadOnlyList<ResponsibilityCode> CodesOf(WorkItemId item, PartyId party)
    {
        _ = GetWorkItem(item);
        _ = GetParty(party);
        return Index.TryGetCell(item, party, out Assignment? cell) ? CodesOf(cell) : [];
    }

    /// <summary>Returns the non-empty cells of one row.</summary>
    /// <param name="item">The work item.</param>
    /// <returns>The cells, in column order.</returns>
    /// <exception cref="AccountabilityException">The item is not defined.</exception>
    public IReadOnlyList<Assignment> AssignmentsOf(WorkItemId item)
    {
        _ = GetWorkItem(item);
        return [.. Index.CellsOf(item)];
    }

    /// <summary>
    /// Resolves a party to the people it stands for on <paramref name="on"/>: a person is themself; a role, the
    /// people whose tenure in it covers the date; a team, its members that day. People are ordered by identifier.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="on">The date.</param>
    /// <returns>The people; empty for a vacant role or an empty team.</returns>
    /// <exception cref="AccountabilityException">The party is not defined.</exception>
    public IReadOnlyList<Party> HoldersOf(PartyId party, LocalDate on)
    {
        return Index.HoldersOn(GetParty(party), on);
    }

    /// <summary>Returns the roles and teams <paramref name="person"/> holds or belongs to on <paramref name="on"/>, in column order.</summary>
    /// <param name="person">The person.</param>
    /// <param name="on">The date.</param>
    /// <returns>The roles and teams; empty for a role or team.</returns>
    /// <exception cref="AccountabilityException">The party is not defined.</exception>
    public IReadOnlyList<Party> MembershipsOf(PartyId person, LocalDate on)
    {
        _ = GetParty(person);
        return Index.MembershipsOn(person, on);
    }

    /// <summary>
    /// Returns the authority a party acts with on <paramref name="on"/>: for a person, their own authority merged
    /// with that of every role and team they hold that day; for a role or team, its declared authority.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="on">The date.</param>
    /// <returns>The effective authority.</returns>
    /// <exception cref="AccountabilityException">The party is not defined.</exception>
    public Authority EffectiveAuthority(PartyId party, LocalDate on)
    {
        Party p = GetParty(party);
        Authority authority = p.Authority;
        if (p.Kind == PartyKind.Person)
        {
            foreach (Party membership in MembershipsOf(party, on))
            {
                authority = authority.Union(membership.Authority);
            }
        }

        return authority;
    }

    /// <summary>Compares content (scheme, parties, items, tenures, cells), ignoring version, effective date and order.</summary>
    /// <param name="other">The other matrix.</param>
    /// <returns><see langword="true"/> when both hold the same responsibilities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool HasSameContentAs(ResponsibilityMatrix other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return SameScheme(Scheme, other.Scheme) &&
            Index.Parties.ToHashSet().SetEquals(other.Index.Parties) &&
            Index.Items.ToHashSet().SetEquals(other.Index.Items) &&
            Index.Tenures.ToHashSet().SetEquals(other.Index.Tenures) &&
            Index.Assignments.ToHashSet().SetEquals(other.Index.Assignments);
    }

    /// <summary>Returns <c>RACI matrix v2 (5 items × 7 parties)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Scheme.Name} matrix v{Version} ({Index.Items.Length} {(Index.Items.Length == 1 ? "item" : "items")} × {Index.Parties.Length} {(Index.Parties.Length == 1 ? "party" : "parties")})");

    /// <summary>The lookups, built once.</summary>
    internal MatrixIndex Index { get; }

    internal IReadOnlyList<ResponsibilityCode> CodesOf(Assignment cell) => Index.CodesOf(cell);

    internal bool TryGetCell(WorkItemId item, PartyId party, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Assignment? cell) =>
        Index.TryGetCell(item, party, out cell);

    internal static AccountabilityException UnknownParty(string path, PartyId id) =>
        new([new Problem(path, ResponsibilityProblemCodes.UnknownParty, $"The party '{id}' is not defined in the matrix.", ProblemSeverity.Error, id)]);

    internal static AccountabilityException UnknownItem(string path, WorkItemId id) =>
        new([new Problem(path, ResponsibilityProblemCodes.UnknownWorkItem, $"The work item '{id}' is not defined in the matrix.", ProblemSeverity.Error, id)]);

    private static T[] NoNulls<T>(IEnumerable<T> values, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(values, name);
        T[] copy = [.. values];
        if (Array.Exists(copy, v => v is null))
        {
            throw new ArgumentNullException(name, "The list cannot contain null.");
        }

        return copy;
    }
}
