using Accountability.Responsibility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accountability.Tests.Responsibility;

/// <summary>The laws of the per-subject answer and the ownership check, on random matrices under every built-in scheme.</summary>
public class SubjectAnswerPropertyTests
{
    [Property(MaxTest = 200)]
    public Property Answer_NamesExactlyTheSubtreeItemsTheSubjectIsResponsibleFor(int seed)
    {
        ResponsibilityPropertyTests.RandomContent content = ResponsibilityPropertyTests.RandomContent.From(seed);
        ResponsibilitySnapshot snapshot = content.Build().AsOf(content.Date);
        bool ok = true;
        foreach (Party subject in content.Parties)
        {
            foreach (WorkItem item in content.Items)
            {
                SubjectAnswer answer = snapshot.WhoAnswersFor(subject.Id, item.Id);
                string[] expected = [.. Reference(content, subject.Id, item.Id).Order(StringComparer.Ordinal)];
                string[] actual = [.. answer.Items.Select(i => i.WorkItem.Id.Value)];
                ok &= expected.SequenceEqual(actual);
                ok &= answer.Items.All(i => i.Holding.Count > 0 && i.Holding.All(h => h.Person.Id == subject.Id && h.Code.Involvement == Involvement.Responsible));
                ok &= answer.Items.All(i => i.IsAnswered == (i.Accountable is not null) && (i.IsAnswered ? i.Problems.Count == 0 : i.Problems[0].Code == ResponsibilityProblemCodes.AccountabilityUnresolved));
                ok &= answer.Items.Count > 0 || answer.Problems.Single().Code == ResponsibilityProblemCodes.NotResponsible;
            }
        }

        return ok.Label("the answer differs from walking every item's parents and the subject's tenures by hand");
    }

    [Property(MaxTest = 150)]
    public Property Answer_DoesNotDependOnTheOrderTheMatrixWasBuiltIn(int seed)
    {
        ResponsibilityPropertyTests.RandomContent content = ResponsibilityPropertyTests.RandomContent.From(seed);
        ResponsibilitySnapshot a = content.Build().AsOf(content.Date);
        ResponsibilitySnapshot b = content.Shuffled(seed ^ 0x2545f491).Build().AsOf(content.Date);
        bool ok = true;
        foreach (Party subject in content.Parties)
        {
            foreach (WorkItem item in content.Items)
            {
                ok &= string.Equals(Describe(a.WhoAnswersFor(subject.Id, item.Id)), Describe(b.WhoAnswersFor(subject.Id, item.Id)), StringComparison.Ordinal);
            }
        }

        CriterionWork[] works = [.. content.Items.Select(i => new CriterionWork("c-" + i.Id.Value, "C " + i.Id.Value, i.Id))];
        PartyId[] subjects = [.. content.Parties.Select(p => p.Id)];
        ok &= a.CheckOwnership(subjects, works).Select(p => p.ToString()).SequenceEqual(b.CheckOwnership(subjects, works).Select(p => p.ToString()));
        return ok.Label("the answer or the ownership check changed when the matrix was built in another order");
    }

    [Property(MaxTest = 150)]
    public Property OwnershipCheck_AgreesWithTheAnswer(int seed)
    {
        ResponsibilityPropertyTests.RandomContent content = ResponsibilityPropertyTests.RandomContent.From(seed);
        ResponsibilityMatrix matrix = content.Build();
        ResponsibilitySnapshot snapshot = matrix.AsOf(content.Date);
        CriterionWork[] works = [.. content.Items.Select(i => new CriterionWork(i.Id.Value, "C " + i.Id.Value, i.Id))];
        PartyId[] subjects = [.. content.Parties.Select(p => p.Id)];
        IReadOnlyList<Problem> found = snapshot.CheckOwnership(subjects, works);

        var expected = new List<string>();
        foreach (PartyId subject in subjects)
        {
            foreach (CriterionWork work in works)
            {
                string path = "subjects[" + subject.Value + "].criteria[" + work.Criterion.Value + "]";
                SubjectAnswer answer = snapshot.WhoAnswersFor(subject, work.WorkItem!.Value);
                if (answer.Items.Count == 0)
                {
                    expected.Add(path + " " + ResponsibilityProblemCodes.ScoredWithoutResponsibility);
                    continue;
                }

                foreach (SubjectItemAnswer owned in answer.Items)
                {
                    WorkItem item = owned.WorkItem;
                    foreach (Assignment cell in matrix.AssignmentsOf(item.Id).OrderBy(c => c.Party))
                    {
                        if (matrix.CodesOf(item.Id, cell.Party).Any(c => c.Involvement == Involvement.Accountable) &&
                            !matrix.EffectiveAuthority(cell.Party, content.Date).Covers(item.RequiredAuthority))
                        {
                            expected.Add(path + ".items[" + item.Id.Value + "].accountable " + ResponsibilityProblemCodes.ManagerLacksAuthority);
                        }
                    }
                }
            }
        }

        return expected.SequenceEqual(found.Select(p => p.Path + " " + p.Code)).Label("the ownership check disagrees with the per-subject answer and the authority rule");
    }

    /// <summary>By hand: items under or equal to <paramref name="root"/> (walking parents) whose cells give the subject an R code.</summary>
    private static IEnumerable<string> Reference(ResponsibilityPropertyTests.RandomContent content, PartyId subject, WorkItemId root)
    {
        var parentOf = content.Items.ToDictionary(i => i.Id, i => i.Parent);
        Party party = content.Parties.Single(p => p.Id == subject);
        var acting = new HashSet<PartyId> { subject };
        if (party.Kind == PartyKind.Person)
        {
            acting.UnionWith(content.Tenures.Where(t => t.Person == subject && t.Covers(content.Date)).Select(t => t.RoleOrTeam));
        }

        foreach (WorkItem item in content.Items)
        {
            bool under = false;
            for (WorkItemId? at = item.Id; at is WorkItemId id; at = parentOf[id])
            {
                under |= id == root;
            }

            bool responsible = content.Cells.Any(c => c.WorkItem == item.Id && acting.Contains(c.Party) &&
                c.Codes.Any(code => content.Scheme.Codes.Single(k => k.Symbol == code).Involvement == Involvement.Responsible));
            if (under && responsible)
            {
                yield return item.Id.Value;
            }
        }
    }

    private static string Describe(SubjectAnswer answer) =>
        answer + "|" + string.Join(";", answer.Problems.Select(p => p.Code)) + "|" +
        string.Join(";", answer.Items.Select(i => string.Join(",", i.Holding) + ":" + string.Join(",", i.Problems.Select(p => p.Code))));
}
