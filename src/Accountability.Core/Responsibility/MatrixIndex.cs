using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// The lookups of one <see cref="ResponsibilityMatrix"/>, built once when the matrix is made: by identifier, by row
/// and column, cells by item and by party, tenures by role or team and by person, nesting depths and children.
/// </summary>
/// <remarks>
/// Immutable after construction, thread-safe (the few lookups made on first use are <see cref="Lazy{T}"/>). Building
/// it is linear in the size of the matrix (plus sorting the cells); no lookup scans the whole matrix.
/// </remarks>
internal sealed class MatrixIndex
{
    private readonly Dictionary<PartyId, int> _partyOrder;
    private readonly Dictionary<WorkItemId, int> _itemOrder;
    private readonly Dictionary<(WorkItemId Item, PartyId Party), (Assignment Cell, ResponsibilityCode[] Codes)> _cells;
    private readonly ILookup<WorkItemId, Assignment> _byItem;
    private readonly ILookup<PartyId, Assignment> _byParty;
    private readonly ILookup<PartyId, Tenure> _tenuresByGroup;
    private readonly ILookup<PartyId, Tenure> _tenuresByPerson;
    private readonly ILookup<WorkItemId, WorkItem> _children;
    private readonly Dictionary<WorkItemId, int> _depth;
    private readonly Lazy<WorkItem[]> _itemsById;
    private readonly Lazy<Party[]> _partiesById;
    private readonly Lazy<Dictionary<WorkItemId, (Party Party, IReadOnlyList<ResponsibilityCode> Codes)[]>> _cellsInPartyOrder;
    private readonly Lazy<SubtreeTour> _tour;

    /// <summary>Indexes well-formed content: ids unique and defined, parents acyclic, codes in the scheme.</summary>
    public MatrixIndex(ResponsibilityScheme scheme, Party[] parties, WorkItem[] items, Tenure[] tenures, Assignment[] assignments)
    {
        Parties = parties;
        Items = items;
        Tenures = tenures;
        PartyById = parties.ToDictionary(p => p.Id);
        ItemById = items.ToDictionary(i => i.Id);
        _partyOrder = new Dictionary<PartyId, int>(parties.Length);
        for (int i = 0; i < parties.Length; i++)
        {
            _partyOrder[parties[i].Id] = i;
        }

        _itemOrder = new Dictionary<WorkItemId, int>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            _itemOrder[items[i].Id] = i;
        }

        Assignments = [.. assignments];
        long[] position = new long[Assignments.Length];
        for (int i = 0; i < position.Length; i++)
        {
            position[i] = ((long)_itemOrder[Assignments[i].WorkItem] * parties.Length) + _partyOrder[Assignments[i].Party];
        }

        Array.Sort(position, Assignments);
        _cells = new(Assignments.Length);
        foreach (Assignment a in Assignments)
        {
            var codes = new ResponsibilityCode[a.Codes.Count];
            for (int c = 0; c < codes.Length; c++)
            {
                codes[c] = scheme.TryGetCode(a.Codes[c], out ResponsibilityCode? code) ? code : throw new InvalidOperationException("A cell holds a code its scheme lacks.");
            }

            _cells.Add((a.WorkItem, a.Party), (a, codes));
        }

        _byItem = Assignments.ToLookup(a => a.WorkItem);
        _byParty = Assignments.ToLookup(a => a.Party);
        _tenuresByGroup = tenures.ToLookup(t => t.RoleOrTeam);
        _tenuresByPerson = tenures.ToLookup(t => t.Person);
        _children = items.Where(i => i.Parent is not null).ToLookup(i => i.Parent!.Value);
        _depth = Depths(items, ItemById);
        _itemsById = new(() => [.. Items.OrderBy(i => i.Id)]);
        _partiesById = new(() => [.. Parties.OrderBy(p => p.Id)]);
        _cellsInPartyOrder = new(() => Items.ToDictionary(
            i => i.Id,
            i => _byItem[i.Id].OrderBy(a => a.Party).Select(a => (PartyById[a.Party], (IReadOnlyList<ResponsibilityCode>)_cells[(a.WorkItem, a.Party)].Codes)).ToArray()));
        _tour = new(() => new SubtreeTour(Items, _children));
    }

    /// <summary>The parties, in column order.</summary>
    public Party[] Parties { get; }

    /// <summary>The work items, in row order.</summary>
    public WorkItem[] Items { get; }

    /// <summary>The tenures, as given.</summary>
    public Tenure[] Tenures { get; }

    /// <summary>The cells, by row then column.</summary>
    public Assignment[] Assignments { get; }

    /// <summary>Parties by identifier.</summary>
    public Dictionary<PartyId, Party> PartyById { get; }

    /// <summary>Work items by identifier.</summary>
    public Dictionary<WorkItemId, WorkItem> ItemById { get; }

    /// <summary>Work items in identifier order (the checks visit items in this order).</summary>
    public IReadOnlyList<WorkItem> ItemsInIdOrder => _itemsById.Value;

    /// <summary>Parties in identifier order.</summary>
    public IReadOnlyList<Party> PartiesInIdOrder => _partiesById.Value;

    /// <summary>The row of an item.</summary>
    public int RowOf(WorkItemId item) => _itemOrder[item];

    /// <summary>The column of a party.</summary>
    public int ColumnOf(PartyId party) => _partyOrder[party];

    /// <summary>The cells of a row, in column order.</summary>
    public IEnumerable<Assignment> CellsOf(WorkItemId item) => _byItem[item];

    /// <summary>The cells of a column, in row order.</summary>
    public IEnumerable<Assignment> CellsOfParty(PartyId party) => _byParty[party];

    /// <summary>The number of cells of a column.</summary>
    public int CellCountOf(PartyId party) => _byParty[party].Count();

    /// <summary>The items in depth-first pre-order (roots and children in row order): every subtree is one run of it.</summary>
    public IReadOnlyList<WorkItem> PreOrder => _tour.Value.Items;

    /// <summary>Where an item's subtree (the item and everything nested under it) lies in <see cref="PreOrder"/>.</summary>
    public (int Start, int Size) SubtreeOf(WorkItemId item) => _tour.Value.Subtree[item];

    /// <summary>The position of an item in <see cref="PreOrder"/>.</summary>
    public int PreOrderOf(WorkItemId item) => _tour.Value.Subtree[item].Start;

    /// <summary>Tells whether the party holds any cell.</summary>
    public bool HasCells(PartyId party) => _byParty.Contains(party);

    /// <summary>The cells of an item in party-identifier order, with their codes.</summary>
    public IReadOnlyList<(Party Party, IReadOnlyList<ResponsibilityCode> Codes)> CellsInPartyOrder(WorkItemId item) => _cellsInPartyOrder.Value[item];

    /// <summary>The tenures in a role or team.</summary>
    public IEnumerable<Tenure> TenuresIn(PartyId roleOrTeam) => _tenuresByGroup[roleOrTeam];

    /// <summary>The tenures a person holds.</summary>
    public IEnumerable<Tenure> TenuresOf(PartyId person) => _tenuresByPerson[person];

    /// <summary>The items nested directly under an item, in row order.</summary>
    public IEnumerable<WorkItem> ChildrenOf(WorkItemId item) => _children[item];

    /// <summary>How deep an item is nested.</summary>
    public bool TryGetDepth(WorkItemId item, out int depth) => _depth.TryGetValue(item, out depth);

    /// <summary>Finds a cell.</summary>
    public bool TryGetCell(WorkItemId item, PartyId party, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Assignment? cell)
    {
        if (_cells.TryGetValue((item, party), out (Assignment Cell, ResponsibilityCode[] Codes) found))
        {
            cell = found.Cell;
            return true;
        }

        cell = null;
        return false;
    }

    /// <summary>The codes of a cell of this matrix, in the scheme's order.</summary>
    public IReadOnlyList<ResponsibilityCode> CodesOf(Assignment cell) => _cells[(cell.WorkItem, cell.Party)].Codes;

    /// <summary>The people a role or team stands for on a date, by identifier; a person stands for themself.</summary>
    public Party[] HoldersOn(Party party, LocalDate on) =>
        party.Kind == PartyKind.Person
            ? [party]
            : [.. TenuresIn(party.Id).Where(t => t.Covers(on)).Select(t => t.Person).Distinct().Order().Select(id => PartyById[id])];

    /// <summary>The roles and teams a person holds or belongs to on a date, in column order.</summary>
    public Party[] MembershipsOn(PartyId person, LocalDate on) =>
        [.. TenuresOf(person).Where(t => t.Covers(on)).Select(t => t.RoleOrTeam).Distinct().OrderBy(ColumnOf).Select(id => PartyById[id])];

    /// <summary>A party's own cells, then those of each of <paramref name="memberships"/> (its roles and teams on a date) in turn.</summary>
    public IEnumerable<ResponsibilityMatrix.EffectiveCell> EffectiveCells(Party party, IReadOnlyList<Party> memberships)
    {
        foreach (Assignment cell in CellsOfParty(party.Id))
        {
            yield return new ResponsibilityMatrix.EffectiveCell(cell, null);
        }

        foreach (Party membership in memberships)
        {
            foreach (Assignment cell in CellsOfParty(membership.Id))
            {
                yield return new ResponsibilityMatrix.EffectiveCell(cell, membership);
            }
        }
    }

    /// <summary>Nesting depths, each computed once by walking up to the nearest item whose depth is known.</summary>
    private static Dictionary<WorkItemId, int> Depths(WorkItem[] items, Dictionary<WorkItemId, WorkItem> itemById)
    {
        var depth = new Dictionary<WorkItemId, int>(items.Length);
        var path = new Stack<WorkItemId>();
        foreach (WorkItem item in items)
        {
            WorkItemId current = item.Id;
            int known = -1;
            while (!depth.TryGetValue(current, out known))
            {
                path.Push(current);
                if (itemById[current].Parent is not WorkItemId parent)
                {
                    known = -1;
                    break;
                }

                current = parent;
            }

            while (path.Count > 0)
            {
                depth[path.Pop()] = ++known;
            }
        }

        return depth;
    }

    /// <summary>A depth-first pre-order of the items, built iteratively, with the size of every subtree.</summary>
    private sealed class SubtreeTour
    {
        public SubtreeTour(WorkItem[] items, ILookup<WorkItemId, WorkItem> children)
        {
            Items = new WorkItem[items.Length];
            Subtree = new Dictionary<WorkItemId, (int Start, int Size)>(items.Length);
            var stack = new Stack<WorkItem>();
            int next = 0;
            for (int r = items.Length - 1; r >= 0; r--)
            {
                if (items[r].Parent is null)
                {
                    stack.Push(items[r]);
                }
            }

            while (stack.Count > 0)
            {
                WorkItem item = stack.Pop();
                Subtree[item.Id] = (next, 1);
                Items[next++] = item;
                WorkItem[] kids = [.. children[item.Id]];
                for (int k = kids.Length - 1; k >= 0; k--)
                {
                    stack.Push(kids[k]);
                }
            }

            // Children come after their parent in pre-order, so walking it backwards adds each finished subtree to its parent.
            for (int i = next - 1; i >= 0; i--)
            {
                if (Items[i].Parent is WorkItemId parent)
                {
                    (int start, int size) = Subtree[parent];
                    Subtree[parent] = (start, size + Subtree[Items[i].Id].Size);
                }
            }
        }

        public WorkItem[] Items { get; }

        public Dictionary<WorkItemId, (int Start, int Size)> Subtree { get; }
    }
}
