using NodaTime;

namespace Accountability.Responsibility;

/// <content>Validation and the who-answers-for-what queries.</content>
public sealed partial class ResponsibilityMatrix
{
    /// <summary>Runs the checks on this matrix as of <paramref name="on"/>; never throws for problems of the matrix.</summary>
    /// <param name="on">The evaluation date: roles resolve to the people holding them that day.</param>
    /// <param name="checks">The checks and limits; <see cref="ResponsibilityChecks.Default"/> when omitted.</param>
    /// <returns>Every problem found, errors, warnings and information together; empty when every rule holds.</returns>
    /// <exception cref="AccountabilityException">A custom check failed (<c>check-fault</c>).</exception>
    public IReadOnlyList<Problem> Validate(LocalDate on, ResponsibilityChecks? checks = null) =>
        (checks ?? ResponsibilityChecks.Default).Validate(this, on);

    /// <summary>
    /// Answers who is Accountable, Responsible, Consulted and Informed for <paramref name="item"/> on
    /// <paramref name="on"/>, resolving roles and teams to the people holding them that day.
    /// </summary>
    /// <param name="item">The work item, such as the one a scorecard criterion names.</param>
    /// <param name="on">The date, such as the last day of the period a result was scored for.</param>
    /// <param name="checks">The checks and limits; <see cref="ResponsibilityChecks.Default"/> when omitted.</param>
    /// <returns>The explained answer; warnings and information about the item are in <see cref="AccountabilityAnswer.Notes"/>.</returns>
    /// <remarks>
    /// Runs the checks each time; to ask about many items on one date, take a <see cref="AsOf">snapshot</see> once.
    /// See <see cref="ResponsibilitySnapshot.WhoAnswersFor"/> for which problems prevent an answer.
    /// </remarks>
    /// <exception cref="AccountabilityException">
    /// The item is not defined (<c>unknown-work-item</c>), or errors concern the item (<c>accountability-unresolved</c>
    /// followed by every such error).
    /// </exception>
    public AccountabilityAnswer WhoAnswersFor(WorkItemId item, LocalDate on, ResponsibilityChecks? checks = null) =>
        AsOf(on, checks).WhoAnswersFor(item);

    /// <summary>Validates this matrix once as of <paramref name="on"/>, for answering many questions about that date.</summary>
    /// <param name="on">The date roles and teams are resolved on.</param>
    /// <param name="checks">The checks and limits; <see cref="ResponsibilityChecks.Default"/> when omitted.</param>
    /// <returns>The snapshot: the matrix, the date and the problems found.</returns>
    /// <exception cref="AccountabilityException">A custom check failed (<c>check-fault</c>).</exception>
    public ResponsibilitySnapshot AsOf(LocalDate on, ResponsibilityChecks? checks = null) =>
        new(this, on, Validate(on, checks));

    internal AccountabilityAnswer Answer(WorkItemId item, LocalDate on, IReadOnlyList<Problem> problems)
    {
        (AccountabilityAnswer? answer, List<Problem>? blocking) = Resolve(item, on, problems);
        return answer ?? throw new AccountabilityException(blocking!);
    }

    internal (AccountabilityAnswer? Answer, List<Problem>? Blocking) Resolve(WorkItemId item, LocalDate on, IReadOnlyList<Problem> problems)
    {
        WorkItem workItem = GetWorkItem(item);
        string prefix = ResponsibilityCheckContext.PathOf(item);
        var involved = new HashSet<string>(StringComparer.Ordinal);
        foreach (Assignment cell in _byItem[item])
        {
            involved.Add(ResponsibilityCheckContext.PathOf(cell.Party));
            involved.UnionWith(HoldersOf(cell.Party, on).Select(p => ResponsibilityCheckContext.PathOf(p.Id)));
        }

        var relevant = problems.Where(p => Concerns(p.Path, prefix, involved)).ToList();
        if (relevant.Exists(p => p.IsError))
        {
            var blocking = relevant.Where(p => p.IsError).ToList();
            blocking.Insert(0, new Problem(prefix, ResponsibilityProblemCodes.AccountabilityUnresolved, $"Cannot say who answers for '{workItem.Title}' ({item}) on {Tenure.Iso(on)}: matrix v{Version.ToString(System.Globalization.CultureInfo.InvariantCulture)} has errors that concern it."));
            return (null, blocking);
        }

        var resolved = new List<ResolvedAssignment>();
        foreach (Assignment cell in _byItem[item])
        {
            Party assigned = _partyById[cell.Party];
            IReadOnlyList<Party> people = HoldersOf(cell.Party, on);
            foreach (ResponsibilityCode code in CodesOf(cell))
            {
                foreach (Party person in people)
                {
                    resolved.Add(new ResolvedAssignment(person, assigned, code));
                }
            }
        }

        int accountable = resolved.Count(r => r.Code.Involvement == Involvement.Accountable);
        if (accountable != 1)
        {
            // Reached only when severity overrides have turned the errors that guard this into warnings.
            var blocking = new List<Problem>(relevant.Count + 1)
            {
                new(prefix, ResponsibilityProblemCodes.AccountabilityUnresolved, $"Cannot say who answers for '{workItem.Title}' ({item}) on {Tenure.Iso(on)}: it resolves to {accountable.ToString(System.Globalization.CultureInfo.InvariantCulture)} Accountable people, not one."),
            };
            blocking.AddRange(relevant);
            return (null, blocking);
        }

        return (new AccountabilityAnswer(workItem, on, Version, resolved, [.. relevant]), null);
    }

    /// <summary>
    /// Lists everything <paramref name="party"/> answers for on <paramref name="on"/>: its own cells and, for a person,
    /// the cells of every role and team they hold or belong to that day.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="on">The date.</param>
    /// <returns>The responsibilities, in row order, direct ones first within a row.</returns>
    /// <exception cref="AccountabilityException">The party is not defined (<c>unknown-party</c>).</exception>
    public PartyResponsibilities ResponsibilitiesOf(PartyId party, LocalDate on)
    {
        Party p = GetParty(party);
        var entries = new List<PartyResponsibility>();
        foreach (EffectiveCell cell in EffectiveCells(p, on))
        {
            foreach (ResponsibilityCode code in CodesOf(cell.Cell))
            {
                entries.Add(new PartyResponsibility(_itemById[cell.Cell.WorkItem], code, cell.Via));
            }
        }

        var rowOrder = new Dictionary<WorkItemId, int>();
        for (int i = 0; i < _items.Length; i++)
        {
            rowOrder[_items[i].Id] = i;
        }

        return new PartyResponsibilities(p, on, [.. entries.OrderBy(e => rowOrder[e.WorkItem.Id]).ThenBy(e => e.Via is null ? 0 : 1)]);
    }

    /// <summary>
    /// Counts, per party and code, the work items each party answers for on <paramref name="on"/>: for a person, directly
    /// and through their roles and teams (an item counts once per code); for a role or team, its own cells.
    /// </summary>
    /// <param name="on">The date.</param>
    /// <returns>The workload, one row per party in column order.</returns>
    public Workload Workload(LocalDate on)
    {
        var rows = new List<WorkloadRow>(_parties.Length);
        foreach (Party party in _parties)
        {
            var counts = Scheme.Codes.ToDictionary(c => c.Symbol, _ => 0, StringComparer.Ordinal);
            var items = new HashSet<WorkItemId>();
            foreach (IGrouping<string, WorkItemId> group in EffectiveCells(party, on)
                .SelectMany(c => c.Cell.Codes.Select(symbol => (Symbol: symbol, c.Cell.WorkItem)))
                .Distinct()
                .GroupBy(x => x.Symbol, x => x.WorkItem, StringComparer.Ordinal))
            {
                counts[group.Key] = group.Count();
                items.UnionWith(group);
            }

            rows.Add(new WorkloadRow(party, counts, items.Count));
        }

        return new Workload(on, Version, Scheme.Codes, rows);
    }

    internal IEnumerable<EffectiveCell> EffectiveCells(Party party, LocalDate on)
    {
        foreach (Assignment cell in _byParty[party.Id])
        {
            yield return new EffectiveCell(cell, null);
        }

        if (party.Kind != PartyKind.Person)
        {
            yield break;
        }

        foreach (Party membership in MembershipsOf(party.Id, on))
        {
            foreach (Assignment cell in _byParty[membership.Id])
            {
                yield return new EffectiveCell(cell, membership);
            }
        }
    }

    private static bool Concerns(string path, string itemPrefix, HashSet<string> involvedParties)
    {
        if (path.StartsWith("items[", StringComparison.Ordinal))
        {
            return Under(path, itemPrefix);
        }

        if (path.StartsWith("parties[", StringComparison.Ordinal))
        {
            return involvedParties.Any(p => Under(path, p));
        }

        return true;
    }

    private static bool Under(string path, string prefix) =>
        path == prefix ||
        path.StartsWith(prefix + ".", StringComparison.Ordinal) ||
        path.StartsWith(prefix + "[", StringComparison.Ordinal);

    internal readonly record struct EffectiveCell(Assignment Cell, Party? Via);
}
