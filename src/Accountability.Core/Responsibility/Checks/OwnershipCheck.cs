using System.Globalization;

namespace Accountability.Responsibility;

/// <summary>
/// "Measured on what they own": every subject scored on a criterion is Responsible for the criterion's work item or an
/// item under it, and whoever is Accountable for that work has the authority it requires.
/// </summary>
/// <remarks>
/// Each party's Responsible items are kept as sorted positions in the matrix's depth-first pre-order (a subtree is one
/// run of it), with a running count of the items whose Accountable party falls short of the required authority; so one
/// subject × criterion costs a binary search per party the subject acts as (themself and each role or team). Nothing
/// recurses; no work is repeated per subject for a role or team many people share.
/// </remarks>
internal static class OwnershipCheck
{
    /// <summary>Checks every subject on the same criteria (identifiers not default).</summary>
    public static IReadOnlyList<Problem> Run(MatrixOnDate day, PartyId[] subjects, CriterionWork[] criteria, ResponsibilityOptions options) =>
        Run(day, [.. subjects.Select(s => (s, (IReadOnlyList<CriterionWork>)criteria))], criteria, options);

    /// <summary>
    /// Checks each subject on its own criteria (a subject may appear more than once; each subject × criterion identifier
    /// is checked once; identifiers not default). Criterion-level problems are reported once per criterion, first those of
    /// <paramref name="criteria"/> in order, then any other a subject is scored on.
    /// </summary>
    public static IReadOnlyList<Problem> Run(MatrixOnDate day, IReadOnlyList<(PartyId Subject, IReadOnlyList<CriterionWork> Criteria)> scored, IReadOnlyList<CriterionWork> criteria, ResponsibilityOptions options)
    {
        ResponsibilityMatrix matrix = day.Matrix;
        if (matrix.BeforeVersion(day.On) is Problem before)
        {
            return [before];
        }

        MatrixIndex index = matrix.Index;
        string version = matrix.Version.ToString(CultureInfo.InvariantCulture);
        string date = CheckOrder.Date(day.On);
        var problems = new List<Problem>();
        void Add(string path, string code, string message, ProblemSeverity severity, object? attempted) =>
            problems.Add(new Problem(path, code, message, options.SeverityOverrides.TryGetValue(code, out ProblemSeverity s) ? s : severity, attempted));

        var resolved = new Dictionary<(CriterionId, WorkItemId?), (WorkItem Item, int Start, int End)?>();
        (WorkItem Item, int Start, int End)? Resolve(CriterionWork work)
        {
            if (resolved.TryGetValue((work.Criterion, work.WorkItem), out (WorkItem, int, int)? known))
            {
                return known;
            }

            string path = ProblemPath.Key("criteria", work.Criterion.Value);
            (WorkItem, int, int)? result = null;
            if (work.WorkItem is not WorkItemId id)
            {
                Add(path, ResponsibilityProblemCodes.CriterionWithoutWorkItem, $"The criterion '{work.Name}' ({work.Criterion}) names no work item, so whether its subjects own that work cannot be checked.", ProblemSeverity.Information, null);
            }
            else if (!index.ItemById.TryGetValue(id, out WorkItem? item))
            {
                Add(ProblemPath.Join(path, "workItem"), ResponsibilityProblemCodes.UnknownWorkItem, $"The criterion '{work.Name}' ({work.Criterion}) names the work item '{id}', which matrix v{version} does not define.", ProblemSeverity.Error, id);
            }
            else
            {
                (int start, int size) = index.SubtreeOf(id);
                result = (item, start, start + size);
            }

            resolved.Add((work.Criterion, work.WorkItem), result);
            return result;
        }

        foreach (CriterionWork work in criteria)
        {
            _ = Resolve(work);
        }

        var shortfalls = new Dictionary<WorkItemId, (Party Party, string Shortfall)[]>();
        (Party Party, string Shortfall)[] ShortfallsOf(WorkItem item)
        {
            if (!shortfalls.TryGetValue(item.Id, out (Party, string)[]? found))
            {
                found = [.. AuthorityCheck.Shortfalls(day, item)];
                shortfalls.Add(item.Id, found);
            }

            return found;
        }

        var owned = new Dictionary<PartyId, Owned>();
        Owned OwnedBy(Party party)
        {
            if (!owned.TryGetValue(party.Id, out Owned? found))
            {
                found = new Owned(index, party, item => ShortfallsOf(item).Length > 0);
                owned.Add(party.Id, found);
            }

            return found;
        }

        var seen = new HashSet<(PartyId, CriterionId)>();
        var unknown = new HashSet<PartyId>();
        var lacking = new HashSet<int>();
        foreach ((PartyId subject, IReadOnlyList<CriterionWork> mine) in scored)
        {
            string subjectPath = ProblemPath.Key("subjects", subject.Value);
            if (!index.PartyById.TryGetValue(subject, out Party? party))
            {
                if (unknown.Add(subject))
                {
                    Add(subjectPath, ResponsibilityProblemCodes.UnknownParty, $"The subject '{subject}' is not a party of matrix v{version}, so it holds no responsibility for anything it is scored on.", ProblemSeverity.Error, subject);
                }

                continue;
            }

            IReadOnlyList<Party> memberships = day.MembershipsOf(party);
            var acting = new Owned[memberships.Count + 1];
            acting[0] = OwnedBy(party);
            for (int m = 0; m < memberships.Count; m++)
            {
                acting[m + 1] = OwnedBy(memberships[m]);
            }

            foreach (CriterionWork work in mine)
            {
                if (!seen.Add((subject, work.Criterion)) || Resolve(work) is not (WorkItem item, int start, int end))
                {
                    continue;
                }

                string path = ProblemPath.Join(subjectPath, ProblemPath.Key("criteria", work.Criterion.Value));
                bool owns = false;
                bool lacks = false;
                foreach (Owned o in acting)
                {
                    (int lo, int hi) = o.Range(start, end);
                    owns |= hi > lo;
                    lacks |= o.Lacking(lo, hi) > 0;
                }

                if (!owns)
                {
                    Add(path, ResponsibilityProblemCodes.ScoredWithoutResponsibility, $"{party} is scored on '{work.Name}' ({work.Criterion}) but holds no Responsible code on '{item.Title}' ({item.Id}) or any item under it on {date}, directly or through a role or team; a subject is measured only on what they own.", ProblemSeverity.Error, subject);
                    continue;
                }

                if (!lacks)
                {
                    continue;
                }

                lacking.Clear();
                foreach (Owned o in acting)
                {
                    (int lo, int hi) = o.Range(start, end);
                    o.CollectLacking(lo, hi, lacking);
                }

                foreach (WorkItem ownedItem in lacking.Select(p => index.PreOrder[p]).OrderBy(i => i.Id))
                {
                    foreach ((Party accountable, string shortfall) in ShortfallsOf(ownedItem))
                    {
                        string held = accountable.Kind == PartyKind.Person ? string.Empty : " (held by " + Names(day.HoldersOf(accountable)) + ")";
                        Add(
                            ProblemPath.Join(ProblemPath.Join(path, ResponsibilityCheckContext.PathOf(ownedItem.Id)), "accountable"),
                            ResponsibilityProblemCodes.ManagerLacksAuthority,
                            $"{party} is scored on '{work.Name}' ({work.Criterion}) for '{ownedItem.Title}' ({ownedItem.Id}), but {accountable}{held}, Accountable for it, lacks {shortfall} on {date}; responsibility must match authority.",
                            ProblemSeverity.Error,
                            accountable.Id);
                    }
                }
            }
        }

        return problems;
    }

    private static string Names(IReadOnlyList<Party> people) => people.Count == 0 ? "no one" : CheckOrder.Names(people);

    /// <summary>One party's own Responsible items, as sorted pre-order positions, with a running count of those whose Accountable party lacks authority.</summary>
    private sealed class Owned
    {
        private readonly int[] _positions;
        private readonly int[] _lackingBefore;
        private readonly bool[] _lacks;

        public Owned(MatrixIndex index, Party party, Func<WorkItem, bool> lacks)
        {
            var positions = new List<int>();
            foreach (Assignment cell in index.CellsOfParty(party.Id))
            {
                if (index.CodesOf(cell).Any(c => c.Involvement == Involvement.Responsible))
                {
                    positions.Add(index.PreOrderOf(cell.WorkItem));
                }
            }

            _positions = [.. positions];
            Array.Sort(_positions);
            _lacks = new bool[_positions.Length];
            _lackingBefore = new int[_positions.Length + 1];
            for (int i = 0; i < _positions.Length; i++)
            {
                _lacks[i] = lacks(index.PreOrder[_positions[i]]);
                _lackingBefore[i + 1] = _lackingBefore[i] + (_lacks[i] ? 1 : 0);
            }
        }

        /// <summary>The indexes [lo, hi) of the positions within [start, end).</summary>
        public (int Lo, int Hi) Range(int start, int end) => (LowerBound(start), LowerBound(end));

        public int Lacking(int lo, int hi) => _lackingBefore[hi] - _lackingBefore[lo];

        public void CollectLacking(int lo, int hi, HashSet<int> into)
        {
            if (Lacking(lo, hi) == 0)
            {
                return;
            }

            for (int i = lo; i < hi; i++)
            {
                if (_lacks[i])
                {
                    into.Add(_positions[i]);
                }
            }
        }

        private int LowerBound(int value)
        {
            int lo = 0;
            int hi = _positions.Length;
            while (lo < hi)
            {
                int mid = lo + ((hi - lo) / 2);
                if (_positions[mid] < value)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
