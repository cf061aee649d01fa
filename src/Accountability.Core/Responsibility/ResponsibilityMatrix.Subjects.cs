using System.Globalization;
using NodaTime;

namespace Accountability.Responsibility;

/// <content>Who answers for a work item, for one subject.</content>
public sealed partial class ResponsibilityMatrix
{
    /// <summary>
    /// Answers, for <paramref name="subject"/>, who answers for <paramref name="item"/> on <paramref name="on"/>: the
    /// items among <paramref name="item"/> and those nested under it where the subject holds a Responsible code
    /// (directly or through a role or team they belong to that day), and the person Accountable for each.
    /// </summary>
    /// <param name="subject">The subject, such as the person a scorecard result is for.</param>
    /// <param name="item">The work item, such as the one a scorecard criterion names.</param>
    /// <param name="on">The date roles and teams are resolved on.</param>
    /// <param name="checks">The checks and limits; <see cref="ResponsibilityChecks.Default"/> when omitted.</param>
    /// <returns>The answer; see <see cref="ResponsibilitySnapshot.WhoAnswersFor(PartyId, WorkItemId)"/>.</returns>
    /// <remarks>Runs the checks each time; to ask about many subjects on one date, take a <see cref="AsOf">snapshot</see> once.</remarks>
    /// <exception cref="AccountabilityException">
    /// The subject is not defined (<c>unknown-party</c>), the item is not defined (<c>unknown-work-item</c>), or the date
    /// is before this version applies (<c>date-before-version</c>), or a custom check failed (<c>check-fault</c>).
    /// </exception>
    public SubjectAnswer WhoAnswersFor(PartyId subject, WorkItemId item, LocalDate on, ResponsibilityChecks? checks = null) =>
        AsOf(on, checks).WhoAnswersFor(subject, item);

    /// <summary>
    /// The subject's answer: finds the subject's Responsible cells inside the item's subtree, either by walking the
    /// subtree (one run of the pre-order) or by filtering the cells of the subject and its roles and teams, whichever is
    /// smaller, then resolves each item found. Linear in that size plus the subject's memberships; no recursion.
    /// </summary>
    internal SubjectAnswer AnswerFor(PartyId subject, WorkItemId item, MatrixOnDate day, ProblemIndex problems)
    {
        Party party = Index.PartyById.TryGetValue(subject, out Party? found) ? found : throw UnknownParty("subject", subject);
        WorkItem workItem = GetWorkItem(item);
        ThrowIfBeforeVersion(day.On);
        IReadOnlyList<Party> memberships = day.MembershipsOf(party);
        (int start, int size) = Index.SubtreeOf(item);
        int end = start + size;
        var holding = new Dictionary<WorkItemId, List<ResolvedAssignment>>();
        long own = Index.CellCountOf(party.Id);
        foreach (Party membership in memberships)
        {
            own += Index.CellCountOf(membership.Id);
        }

        if (own <= size)
        {
            foreach (EffectiveCell cell in Index.EffectiveCells(party, memberships))
            {
                int at = Index.PreOrderOf(cell.Cell.WorkItem);
                if (at >= start && at < end)
                {
                    AddResponsible(holding, party, cell.Via ?? party, cell.Cell);
                }
            }
        }
        else
        {
            var mine = new Dictionary<PartyId, Party>(memberships.Count + 1) { [party.Id] = party };
            foreach (Party membership in memberships)
            {
                mine[membership.Id] = membership;
            }

            IReadOnlyList<WorkItem> preOrder = Index.PreOrder;
            for (int i = start; i < end; i++)
            {
                foreach (Assignment cell in Index.CellsOf(preOrder[i].Id))
                {
                    if (mine.TryGetValue(cell.Party, out Party? assigned))
                    {
                        AddResponsible(holding, party, assigned, cell);
                    }
                }
            }
        }

        var items = new SubjectItemAnswer[holding.Count];
        int n = 0;
        foreach (WorkItemId id in holding.Count == 1 ? holding.Keys : (IEnumerable<WorkItemId>)holding.Keys.Order())
        {
            List<ResolvedAssignment> held = holding[id];
            ResolvedAssignment[] ways = held.Count == 1
                ? [held[0]]
                : [.. held
                    .OrderBy(r => r.Assigned.Id == party.Id ? 0 : 1)
                    .ThenBy(r => r.Assigned.Id)
                    .ThenBy(r => Scheme.IndexOf(r.Code.Symbol))];
            (AccountabilityAnswer? answer, List<Problem>? blocking) = Resolve(id, day, problems);
            items[n++] = new SubjectItemAnswer(Index.ItemById[id], ways, answer, blocking is null ? [] : [.. blocking]);
        }

        Problem[] why = items.Length == 0
            ? [new Problem(ProblemPath.Join(ResponsibilityCheckContext.PathOf(item), ResponsibilityCheckContext.PathOf(subject)), ResponsibilityProblemCodes.NotResponsible, $"{party} holds no Responsible code on '{workItem.Title}' ({item}) or any item under it on {Tenure.Iso(day.On)} (matrix v{Version.ToString(CultureInfo.InvariantCulture)}), directly or through a role or team.", ProblemSeverity.Warning, subject)]
            : [.. items.SelectMany(i => i.Problems)];
        return new SubjectAnswer(party, workItem, day.On, Version, items, why);
    }

    private void AddResponsible(Dictionary<WorkItemId, List<ResolvedAssignment>> holding, Party subject, Party assigned, Assignment cell)
    {
        foreach (ResponsibilityCode code in CodesOf(cell))
        {
            if (code.Involvement != Involvement.Responsible)
            {
                continue;
            }

            if (!holding.TryGetValue(cell.WorkItem, out List<ResolvedAssignment>? list))
            {
                list = [];
                holding.Add(cell.WorkItem, list);
            }

            list.Add(new ResolvedAssignment(subject, assigned, code));
        }
    }
}
