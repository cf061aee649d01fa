using NodaTime;

namespace Accountability.Responsibility;

/// <content>Validation and the who-answers-for-what queries.</content>
public sealed partial class ResponsibilityMatrix
{
    /// <summary>Runs the checks on this matrix as of <paramref name="on"/>; never throws for problems of the matrix.</summary>
    /// <param name="on">The evaluation date: roles resolve to the people holding them that day.</param>
    /// <param name="checks">The checks and limits; <see cref="ResponsibilityChecks.Default"/> when omitted.</param>
    /// <returns>
    /// Every problem found, errors, warnings and information together; empty when every rule holds. On a date before
    /// <see cref="EffectiveFrom"/> only the error <c>date-before-version</c>: this version does not say who held
    /// what then (a handover, for one, moves direct cells from its first day); ask the version in effect that day.
    /// </returns>
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
    /// See <see cref="ResponsibilitySnapshot.WhoAnswersFor(WorkItemId)"/> for which problems prevent an answer.
    /// </remarks>
    /// <exception cref="AccountabilityException">
    /// The item is not defined (<c>unknown-work-item</c>), or errors concern the item (<c>accountability-unresolved</c>
    /// followed by every such error, such as <c>date-before-version</c> for a date before this version applies).
    /// </exception>
    public AccountabilityAnswer WhoAnswersFor(WorkItemId item, LocalDate on, ResponsibilityChecks? checks = null) =>
        AsOf(on, checks).WhoAnswersFor(item);

    /// <summary>Validates this matrix once as of <paramref name="on"/>, for answering many questions about that date.</summary>
    /// <param name="on">The date roles and teams are resolved on.</param>
    /// <param name="checks">The checks and limits; <see cref="ResponsibilityChecks.Default"/> when omitted.</param>
    /// <returns>
    /// The snapshot: the matrix, the date and the problems found. On a date before <see cref="EffectiveFrom"/> the only
    /// problem is <c>date-before-version</c>, and no item can be answered for.
    /// </returns>
    /// <exception cref="AccountabilityException">A custom check failed (<c>check-fault</c>).</exception>
    public ResponsibilitySnapshot AsOf(LocalDate on, ResponsibilityChecks? checks = null)
    {
        var day = new MatrixOnDate(this, on);
        return new(day, (checks ?? ResponsibilityChecks.Default).Validate(day));
    }

    internal AccountabilityAnswer Answer(WorkItemId item, MatrixOnDate day, ProblemIndex problems)
    {
        (AccountabilityAnswer? answer, List<Problem>? blocking) = Resolve(item, day, problems);
        return answer ?? throw new AccountabilityException(blocking!);
    }

    internal (AccountabilityAnswer? Answer, List<Problem>? Blocking) Resolve(WorkItemId item, MatrixOnDate day, ProblemIndex problems)
    {
        WorkItem workItem = GetWorkItem(item);
        LocalDate on = day.On;
        string prefix = ResponsibilityCheckContext.PathOf(item);
        List<Problem> relevant = problems.Concerning(item, Involved(item, day));
        if (relevant.Exists(p => p.IsError))
        {
            var blocking = relevant.Where(p => p.IsError).ToList();
            blocking.Insert(0, new Problem(prefix, ResponsibilityProblemCodes.AccountabilityUnresolved, $"Cannot say who answers for '{workItem.Title}' ({item}) on {Tenure.Iso(on)}: matrix v{Version.ToString(System.Globalization.CultureInfo.InvariantCulture)} has errors that concern it."));
            return (null, blocking);
        }

        var resolved = new List<ResolvedAssignment>();
        foreach (Assignment cell in Index.CellsOf(item))
        {
            Party assigned = Index.PartyById[cell.Party];
            IReadOnlyList<Party> people = day.HoldersOf(assigned);
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

    /// <summary>The parties named in an item's cells, each followed by the people it stands for on the day (read only when some problem concerns a party).</summary>
    private IEnumerable<PartyId> Involved(WorkItemId item, MatrixOnDate day)
    {
        foreach (Assignment cell in Index.CellsOf(item))
        {
            yield return cell.Party;
            foreach (Party person in day.HoldersOf(Index.PartyById[cell.Party]))
            {
                yield return person.Id;
            }
        }
    }

    /// <summary>
    /// Lists everything <paramref name="party"/> answers for on <paramref name="on"/>: its own cells and, for a person,
    /// the cells of every role and team they hold or belong to that day.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="on">The date, on or after <see cref="EffectiveFrom"/>.</param>
    /// <returns>The responsibilities, in row order, direct ones first within a row.</returns>
    /// <exception cref="AccountabilityException">
    /// The party is not defined (<c>unknown-party</c>), or the date is before this version applies (<c>date-before-version</c>).
    /// </exception>
    public PartyResponsibilities ResponsibilitiesOf(PartyId party, LocalDate on)
    {
        Party p = GetParty(party);
        ThrowIfBeforeVersion(on);
        IReadOnlyList<Party> memberships = p.Kind == PartyKind.Person ? Index.MembershipsOn(p.Id, on) : [];
        var entries = new List<PartyResponsibility>();
        foreach (EffectiveCell cell in Index.EffectiveCells(p, memberships))
        {
            foreach (ResponsibilityCode code in CodesOf(cell.Cell))
            {
                entries.Add(new PartyResponsibility(Index.ItemById[cell.Cell.WorkItem], code, cell.Via));
            }
        }

        return new PartyResponsibilities(p, on, [.. entries.OrderBy(e => Index.RowOf(e.WorkItem.Id)).ThenBy(e => e.Via is null ? 0 : 1)]);
    }

    /// <summary>
    /// Counts, per party and code, the work items each party answers for on <paramref name="on"/>: for a person, directly
    /// and through their roles and teams (an item counts once per code); for a role or team, its own cells.
    /// </summary>
    /// <param name="on">The date, on or after <see cref="EffectiveFrom"/>.</param>
    /// <returns>The workload, one row per party in column order.</returns>
    /// <exception cref="AccountabilityException">The date is before this version applies (<c>date-before-version</c>).</exception>
    public Workload Workload(LocalDate on)
    {
        ThrowIfBeforeVersion(on);
        var day = new MatrixOnDate(this, on);
        var rows = new List<WorkloadRow>(Index.Parties.Length);
        var seen = new HashSet<(string Symbol, WorkItemId Item)>();
        var items = new HashSet<WorkItemId>();
        foreach (Party party in Index.Parties)
        {
            var counts = Scheme.Codes.ToDictionary(c => c.Symbol, _ => 0, StringComparer.Ordinal);
            seen.Clear();
            items.Clear();
            foreach (EffectiveCell cell in day.EffectiveCells(party))
            {
                foreach (string symbol in cell.Cell.Codes)
                {
                    if (seen.Add((symbol, cell.Cell.WorkItem)))
                    {
                        counts[symbol]++;
                        items.Add(cell.Cell.WorkItem);
                    }
                }
            }

            rows.Add(new WorkloadRow(party, counts, items.Count));
        }

        return new Workload(on, Version, Scheme.Codes, rows);
    }

    /// <summary>The problem of asking this version about a date before it applies; <see langword="null"/> when it applies.</summary>
    internal Problem? BeforeVersion(LocalDate on) =>
        EffectiveFrom is LocalDate start && on < start
            ? new Problem("on", ResponsibilityProblemCodes.DateBeforeVersion, $"Matrix v{Version.ToString(System.Globalization.CultureInfo.InvariantCulture)} applies from {Tenure.Iso(start)}; it cannot say who answered on {Tenure.Iso(on)}. Ask the version in effect that day (see {nameof(ResponsibilityHistory)}.{nameof(ResponsibilityHistory.At)}).", ProblemSeverity.Error, on)
            : null;

    private void ThrowIfBeforeVersion(LocalDate on)
    {
        if (BeforeVersion(on) is Problem problem)
        {
            throw new AccountabilityException([problem]);
        }
    }

    internal readonly record struct EffectiveCell(Assignment Cell, Party? Via);
}
