using NodaTime;

namespace Accountability.Responsibility;

/// <content>Diff, apply and handover: how a matrix changes into its next version.</content>
public sealed partial class ResponsibilityMatrix
{
    /// <summary>Compares this version with <paramref name="later"/>; see <see cref="MatrixDiff.Between"/>.</summary>
    /// <param name="later">The later version.</param>
    /// <returns>What changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="later"/> is null.</exception>
    /// <exception cref="AccountabilityException">The matrices use different schemes (<c>scheme-mismatch</c>).</exception>
    public MatrixDiff DiffTo(ResponsibilityMatrix later) => MatrixDiff.Between(this, later);

    /// <summary>
    /// Applies <paramref name="diff"/> to this matrix, giving a matrix with the diff's later version number and
    /// effective date and the same content as the version the diff was taken to (added rows and columns come last).
    /// </summary>
    /// <param name="diff">A diff whose earlier version is this one.</param>
    /// <returns>The new matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diff"/> is null.</exception>
    /// <exception cref="AccountabilityException">
    /// The diff starts from another version (<c>diff-version-mismatch</c>) or does not fit this content
    /// (<c>diff-does-not-apply</c>: something to remove or change is not here as the diff expects, or something to add is here already).
    /// </exception>
    public ResponsibilityMatrix Apply(MatrixDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var problems = new ProblemCollector();
        if (diff.FromVersion != Version)
        {
            problems.Error(ProblemPath.Join("diff", "fromVersion"), ResponsibilityProblemCodes.DiffVersionMismatch, $"The diff starts from version {diff.FromVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)}, but this matrix is version {Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", diff.FromVersion);
            problems.ThrowIfErrors();
        }

        List<Party> parties = Change(Index.Parties, p => p.Id, diff.PartiesRemoved, diff.PartiesChanged, diff.PartiesAdded, "parties", problems);
        List<WorkItem> items = Change(Index.Items, i => i.Id, diff.WorkItemsRemoved, diff.WorkItemsChanged, diff.WorkItemsAdded, "items", problems);
        List<Tenure> tenures = Change(Index.Tenures, t => t, diff.TenuresRemoved, [], diff.TenuresAdded, "tenures", problems);
        List<Assignment> cells = Change(Index.Assignments, a => (a.WorkItem, a.Party), diff.AssignmentsRemoved, diff.AssignmentsChanged, diff.AssignmentsAdded, "assignments", problems);
        problems.ThrowIfErrors();
        return Create(Scheme, parties, items, tenures, cells, diff.ToVersion, diff.ToEffectiveFrom);
    }

    /// <summary>
    /// Moves every responsibility of <paramref name="from"/> to <paramref name="to"/> from <paramref name="effectiveFrom"/>:
    /// a new version in which <paramref name="from"/>'s cells are merged into <paramref name="to"/>'s, and — when both are
    /// people — <paramref name="from"/>'s roles and teams pass to <paramref name="to"/> from that day (their tenures are
    /// ended the day before, so who held what earlier is kept). This matrix is unchanged.
    /// </summary>
    /// <param name="from">The party handing over.</param>
    /// <param name="to">The party taking over.</param>
    /// <param name="effectiveFrom">The first day the receiver answers; the new version's effective date.</param>
    /// <returns>The handover: the new version and its diff.</returns>
    /// <remarks>
    /// <para>
    /// The new version applies from <paramref name="effectiveFrom"/>. Asked about an earlier date it refuses
    /// (<c>date-before-version</c>), because <paramref name="from"/>'s direct cells are <paramref name="to"/>'s in it; the
    /// version handed over from still answers for those dates (keep both in a <see cref="ResponsibilityHistory"/>).
    /// </para>
    /// <para>
    /// When both hold a cell on the same item, the receiver's cell becomes the union of both. A union that holds two
    /// codes the scheme forbids together (such as DACI's Driver and Approver) would leave the item unanswerable, so
    /// the handover is refused (<c>handover-forbidden-combination</c>, one problem per item and pair): reassign one
    /// of the codes first.
    /// </para>
    /// </remarks>
    /// <exception cref="AccountabilityException">
    /// A party is not defined (<c>unknown-party</c>), both are the same (<c>handover-to-self</c>), the date is before
    /// this version's own effective date (<c>handover-before-version</c>), the receiver would hold codes the scheme
    /// forbids together (<c>handover-forbidden-combination</c>), or this is the last version a matrix can have (<c>version-limit</c>).
    /// </exception>
    public Handover Handover(PartyId from, PartyId to, LocalDate effectiveFrom)
    {
        var problems = new ProblemCollector();
        if (!Index.PartyById.TryGetValue(from, out Party? giver))
        {
            problems.Error("from", ResponsibilityProblemCodes.UnknownParty, $"The party '{from}' is not defined in the matrix.", from);
        }

        if (!Index.PartyById.TryGetValue(to, out Party? receiver))
        {
            problems.Error("to", ResponsibilityProblemCodes.UnknownParty, $"The party '{to}' is not defined in the matrix.", to);
        }

        if (from == to)
        {
            problems.Error("to", ResponsibilityProblemCodes.HandoverToSelf, $"'{from}' cannot hand over to itself.", to);
        }

        if (EffectiveFrom is LocalDate start && effectiveFrom < start)
        {
            problems.Error("effectiveFrom", ResponsibilityProblemCodes.HandoverBeforeVersion, $"The handover on {Tenure.Iso(effectiveFrom)} is before this version applies ({Tenure.Iso(start)}).", effectiveFrom);
        }

        problems.ThrowIfErrors();
        CheckMergedCells(giver!, receiver!, problems);
        problems.ThrowIfErrors();
        var cells = new List<Assignment>();
        foreach (Assignment cell in Index.Assignments)
        {
            cells.Add(cell.Party == from ? new Assignment(cell.WorkItem, to, cell.Codes) : cell);
        }

        var tenures = new List<Tenure>();
        bool movesTenures = giver!.Kind == PartyKind.Person && receiver!.Kind == PartyKind.Person;
        foreach (Tenure tenure in Index.Tenures)
        {
            bool current = tenure.EffectiveTo is not LocalDate end || end >= effectiveFrom;
            if (!movesTenures || tenure.Person != from || !current)
            {
                tenures.Add(tenure);
                continue;
            }

            if (tenure.EffectiveFrom < effectiveFrom)
            {
                tenures.Add(new Tenure(from, tenure.RoleOrTeam, tenure.EffectiveFrom, effectiveFrom.PlusDays(-1)));
            }

            LocalDate takeOver = tenure.EffectiveFrom > effectiveFrom ? tenure.EffectiveFrom : effectiveFrom;
            tenures.Add(new Tenure(to, tenure.RoleOrTeam, takeOver, tenure.EffectiveTo));
        }

        ResponsibilityMatrix after = Create(Scheme, Index.Parties, Index.Items, tenures, cells, NextVersion(), effectiveFrom);
        return new Handover(giver, receiver!, effectiveFrom, this, after, MatrixDiff.Between(this, after));
    }

    /// <summary>Reports every item on which the receiver's cell, merged with the giver's, would hold codes the scheme forbids together.</summary>
    private void CheckMergedCells(Party giver, Party receiver, ProblemCollector problems)
    {
        foreach (Assignment given in Index.CellsOfParty(giver.Id))
        {
            if (!Index.TryGetCell(given.WorkItem, receiver.Id, out Assignment? held))
            {
                continue;
            }

            WorkItem item = Index.ItemById[given.WorkItem];
            foreach (string mine in held.Codes)
            {
                foreach (string theirs in given.Codes)
                {
                    if (!Scheme.Forbids(mine, theirs) || (held.Has(theirs) && held.Has(mine)) || (given.Has(mine) && given.Has(theirs)))
                    {
                        continue;
                    }

                    problems.Error(
                        ResponsibilityCheckContext.PathOf(item.Id, receiver.Id),
                        ResponsibilityProblemCodes.HandoverForbiddenCombination,
                        $"Handing over from {giver} to {receiver} would give {receiver} both {mine} and {theirs} on '{item.Title}' ({item.Id}), which the {Scheme.Name} scheme forbids together; reassign one of them before the handover.",
                        mine + "+" + theirs);
                }
            }
        }
    }

    internal static bool SameScheme(ResponsibilityScheme a, ResponsibilityScheme b) =>
        ReferenceEquals(a, b) ||
        (string.Equals(a.Name, b.Name, StringComparison.Ordinal) && a.Codes.SequenceEqual(b.Codes) && a.ForbiddenCombinations.ToHashSet().SetEquals(b.ForbiddenCombinations));

    private static List<T> Change<T, TKey>(
        IReadOnlyList<T> current,
        Func<T, TKey> key,
        IReadOnlyList<T> removed,
        IReadOnlyList<ValueChange<T>> changed,
        IReadOnlyList<T> added,
        string path,
        ProblemCollector problems)
        where T : class
        where TKey : notnull
    {
        var byKey = new Dictionary<TKey, T>();
        var order = new List<TKey>();
        foreach (T value in current)
        {
            if (byKey.TryAdd(key(value), value))
            {
                order.Add(key(value));
            }
        }

        foreach (T value in removed)
        {
            if (!byKey.TryGetValue(key(value), out T? here) || !here.Equals(value))
            {
                problems.Error(path, ResponsibilityProblemCodes.DiffDoesNotApply, $"The diff removes {value}, which this matrix does not hold as such.", value);
                continue;
            }

            byKey.Remove(key(value));
        }

        foreach (ValueChange<T> change in changed)
        {
            if (!byKey.TryGetValue(key(change.Before), out T? here) || !here.Equals(change.Before))
            {
                problems.Error(path, ResponsibilityProblemCodes.DiffDoesNotApply, $"The diff changes {change.Before}, which this matrix does not hold as such.", change.Before);
                continue;
            }

            byKey[key(change.Before)] = change.After;
        }

        foreach (T value in added)
        {
            if (!byKey.TryAdd(key(value), value))
            {
                problems.Error(path, ResponsibilityProblemCodes.DiffDoesNotApply, $"The diff adds {value}, which this matrix already holds.", value);
                continue;
            }

            order.Add(key(value));
        }

        return [.. order.Where(byKey.ContainsKey).Select(k => byKey[k])];
    }
}
