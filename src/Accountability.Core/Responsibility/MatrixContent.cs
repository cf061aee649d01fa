using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// The well-formedness checks of <see cref="ResponsibilityMatrix.Create"/>: parents defined and acyclic, tenures
/// between a person and a role or team, cells naming defined items, parties and codes (merged per item and party).
/// </summary>
/// <remarks>Stateless; each check is one linear pass (plus hashing), with no recursion at any depth of nesting.</remarks>
internal static class MatrixContent
{
    /// <summary>
    /// Reports parents that are not defined and items nested under themselves. An item is reported when walking up
    /// from its parent runs into a cycle or reaches the item itself; each walk is done once (linear time, no recursion).
    /// </summary>
    public static void CheckParents(WorkItem[] items, Dictionary<WorkItemId, WorkItem> itemById, ProblemCollector problems)
    {
        Dictionary<WorkItemId, bool> loops = ReachesCycle(itemById);
        Dictionary<WorkItemId, (int In, int Out)>? tour = null;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Parent is not WorkItemId parent)
            {
                continue;
            }

            string path = ProblemPath.Join(ProblemPath.Index("items", i), "parent");
            if (!itemById.ContainsKey(parent))
            {
                problems.Error(path, ResponsibilityProblemCodes.UnknownWorkItem, $"The parent '{parent}' of the work item '{items[i].Id}' is not defined in the matrix.", parent);
                continue;
            }

            // A second definition of an id is not in itemById, so its own id may sit above its parent without a cycle.
            bool cycle = loops[parent] ||
                (!ReferenceEquals(itemById[items[i].Id], items[i]) && IsAncestorOrSelf(tour ??= Tour(itemById, loops), items[i].Id, parent));
            if (cycle)
            {
                problems.Error(path, ResponsibilityProblemCodes.WorkItemCycle, $"The work item '{items[i].Id}' is nested under itself through its parents.", parent);
            }
        }
    }

    /// <summary>For every item, whether walking up its parents (those defined) ever comes back to an item already passed.</summary>
    private static Dictionary<WorkItemId, bool> ReachesCycle(Dictionary<WorkItemId, WorkItem> itemById)
    {
        var result = new Dictionary<WorkItemId, bool>(itemById.Count);
        var onPath = new HashSet<WorkItemId>();
        var path = new List<WorkItemId>();
        foreach (WorkItemId start in itemById.Keys)
        {
            bool loops = false;
            WorkItemId? current = start;
            while (current is WorkItemId id)
            {
                if (result.TryGetValue(id, out bool known))
                {
                    loops = known;
                    break;
                }

                if (!onPath.Add(id))
                {
                    loops = true;
                    break;
                }

                path.Add(id);
                current = itemById[id].Parent is WorkItemId parent && itemById.ContainsKey(parent) ? parent : (WorkItemId?)null;
            }

            foreach (WorkItemId id in path)
            {
                result[id] = loops;
            }

            path.Clear();
            onPath.Clear();
        }

        return result;
    }

    /// <summary>Entry and exit numbers of a depth-first walk over the items that do not run into a cycle (iterative).</summary>
    private static Dictionary<WorkItemId, (int In, int Out)> Tour(Dictionary<WorkItemId, WorkItem> itemById, Dictionary<WorkItemId, bool> loops)
    {
        var children = itemById.Values
            .Where(i => !loops[i.Id] && i.Parent is WorkItemId p && itemById.ContainsKey(p))
            .ToLookup(i => i.Parent!.Value, i => i.Id);
        var tour = new Dictionary<WorkItemId, (int In, int Out)>(itemById.Count);
        var stack = new Stack<(WorkItemId Id, bool Leaving)>();
        int clock = 0;
        foreach (WorkItem root in itemById.Values.Where(i => !loops[i.Id] && (i.Parent is not WorkItemId p || !itemById.ContainsKey(p))))
        {
            stack.Push((root.Id, false));
            while (stack.Count > 0)
            {
                (WorkItemId id, bool leaving) = stack.Pop();
                if (leaving)
                {
                    tour[id] = (tour[id].In, clock++);
                    continue;
                }

                tour[id] = (clock++, -1);
                stack.Push((id, true));
                foreach (WorkItemId child in children[id])
                {
                    stack.Push((child, false));
                }
            }
        }

        return tour;
    }

    private static bool IsAncestorOrSelf(Dictionary<WorkItemId, (int In, int Out)> tour, WorkItemId ancestor, WorkItemId item) =>
        tour.TryGetValue(ancestor, out (int In, int Out) a) && tour.TryGetValue(item, out (int In, int Out) b) && a.In <= b.In && b.Out <= a.Out;

    public static void CheckTenures(Tenure[] tenures, Dictionary<PartyId, Party> partyById, ProblemCollector problems)
    {
        for (int i = 0; i < tenures.Length; i++)
        {
            Tenure t = tenures[i];
            string path = ProblemPath.Index("tenures", i);
            if (!partyById.TryGetValue(t.Person, out Party? person))
            {
                problems.Error(ProblemPath.Join(path, "person"), ResponsibilityProblemCodes.UnknownParty, $"The party '{t.Person}' is not defined in the matrix.", t.Person);
            }
            else if (person.Kind != PartyKind.Person)
            {
                problems.Error(ProblemPath.Join(path, "person"), ResponsibilityProblemCodes.TenureHolderNotPerson, $"Only a person can hold a role or belong to a team; '{t.Person}' is a {Kind(person)}.", t.Person);
            }

            if (!partyById.TryGetValue(t.RoleOrTeam, out Party? group))
            {
                problems.Error(ProblemPath.Join(path, "roleOrTeam"), ResponsibilityProblemCodes.UnknownParty, $"The party '{t.RoleOrTeam}' is not defined in the matrix.", t.RoleOrTeam);
            }
            else if (group.Kind == PartyKind.Person)
            {
                problems.Error(ProblemPath.Join(path, "roleOrTeam"), ResponsibilityProblemCodes.TenureTargetNotRoleOrTeam, $"A tenure must be in a role or a team; '{t.RoleOrTeam}' is a person.", t.RoleOrTeam);
            }

            if (t.EffectiveTo is LocalDate end && end < t.EffectiveFrom)
            {
                problems.Error(ProblemPath.Join(path, "effectiveTo"), ResponsibilityProblemCodes.TenureEndsBeforeStart, $"The tenure of '{t.Person}' in '{t.RoleOrTeam}' ends on {Tenure.Iso(end)}, before it starts on {Tenure.Iso(t.EffectiveFrom)}.", end);
            }
        }
    }

    public static Assignment[] MergeAssignments(ResponsibilityScheme scheme, Assignment[] assignments, Dictionary<PartyId, Party> partyById, Dictionary<WorkItemId, WorkItem> itemById, ProblemCollector problems)
    {
        var merged = new Dictionary<(WorkItemId, PartyId), (Assignment First, HashSet<string>? Codes)>();
        var order = new List<(WorkItemId, PartyId)>();
        for (int i = 0; i < assignments.Length; i++)
        {
            Assignment a = assignments[i];
            string path = ProblemPath.Index("assignments", i);
            bool ok = true;
            if (!itemById.ContainsKey(a.WorkItem))
            {
                problems.Error(ProblemPath.Join(path, "workItem"), ResponsibilityProblemCodes.UnknownWorkItem, $"The work item '{a.WorkItem}' is not defined in the matrix.", a.WorkItem);
                ok = false;
            }

            if (!partyById.ContainsKey(a.Party))
            {
                problems.Error(ProblemPath.Join(path, "party"), ResponsibilityProblemCodes.UnknownParty, $"The party '{a.Party}' is not defined in the matrix.", a.Party);
                ok = false;
            }

            if (a.Codes.Count == 0)
            {
                problems.Error(ProblemPath.Join(path, "codes"), ResponsibilityProblemCodes.AssignmentWithoutCodes, $"The cell of '{a.Party}' on '{a.WorkItem}' has no code; give at least one of {scheme.ListSymbols()}.");
                ok = false;
            }

            for (int j = 0; j < a.Codes.Count; j++)
            {
                if (!scheme.TryGetCode(a.Codes[j], out _))
                {
                    problems.Error(ProblemPath.Index(ProblemPath.Join(path, "codes"), j), ResponsibilityProblemCodes.UnknownCode, $"'{a.Codes[j]}' is not a code of the {scheme.Name} scheme; use one of {scheme.ListSymbols()}.", a.Codes[j]);
                    ok = false;
                }
            }

            if (!ok)
            {
                continue;
            }

            if (!merged.TryGetValue((a.WorkItem, a.Party), out (Assignment First, HashSet<string>? Codes) entry))
            {
                merged.Add((a.WorkItem, a.Party), (a, null));
                order.Add((a.WorkItem, a.Party));
                continue;
            }

            HashSet<string> codes = entry.Codes ?? new HashSet<string>(entry.First.Codes, StringComparer.Ordinal);
            codes.UnionWith(a.Codes);
            merged[(a.WorkItem, a.Party)] = (entry.First, codes);
        }

        var cells = new Assignment[order.Count];
        for (int i = 0; i < cells.Length; i++)
        {
            (Assignment first, HashSet<string>? codes) = merged[order[i]];
            cells[i] = codes is null && InSchemeOrder(scheme, first.Codes)
                ? first
                : new Assignment(first.WorkItem, first.Party, (codes ?? first.Codes.Distinct(StringComparer.Ordinal)).OrderBy(scheme.IndexOf));
        }

        return cells;
    }

    /// <summary>Tells whether the codes are distinct and in the scheme's order already, so a cell can be kept as given.</summary>
    private static bool InSchemeOrder(ResponsibilityScheme scheme, IReadOnlyList<string> codes)
    {
        int previous = -1;
        for (int i = 0; i < codes.Count; i++)
        {
            int index = scheme.IndexOf(codes[i]);
            if (index <= previous)
            {
                return false;
            }

            previous = index;
        }

        return true;
    }

    private static string Kind(Party party) => party.Kind.ToString().ToLowerInvariant();
}
