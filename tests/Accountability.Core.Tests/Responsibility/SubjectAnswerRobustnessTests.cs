using System.Reflection;
using Accountability.Responsibility;
using Accountability.Tests.Robustness;
using NodaTime;

namespace Accountability.Tests.Responsibility;

public class SubjectAnswerRobustnessTests
{
    private static readonly LocalDate[] Dates = [LocalDate.MinIsoValue, LocalDate.MaxIsoValue, SalesRegions.Jan1, SalesRegions.Mar31, new(1900, 1, 1)];

    [Fact]
    public void Queries_UnknownIdsAndFarDates_OnlyAllowedExceptions()
    {
        ResponsibilityMatrix matrix = SalesRegions.Builder().Build();
        CriterionWork sales = new("sales", "Sales", "report-sales");
        foreach (LocalDate on in Dates)
        {
            ResponsibilitySnapshot snapshot = matrix.AsOf(on);
            Hostile.AssertAllowed(() => matrix.WhoAnswersFor("ana", "report-sales", on));
            Hostile.AssertAllowed(() => snapshot.WhoAnswersFor("ana", "report-sales"));
            Hostile.AssertAllowed(() => snapshot.WhoAnswersFor("nobody", "report-sales"));
            Hostile.AssertAllowed(() => snapshot.WhoAnswersFor(default, "report-sales"));
            Hostile.AssertAllowed(() => snapshot.WhoAnswersFor("ana", default));
            Hostile.AssertAllowed(() => snapshot.WhoAnswersFor("west-reps", "report-sales"));
            Hostile.AssertAllowed(() => snapshot.CheckOwnership(["ana", "nobody", "west-reps", "rm-west"], [sales]));
            Hostile.AssertAllowed(() => snapshot.CheckOwnership([default], [sales]));
        }
    }

    [Fact]
    public void ARoleOrTeamAsSubject_IsAnsweredForItsOwnCells()
    {
        ResponsibilitySnapshot snapshot = SalesRegions.Snapshot();

        SubjectAnswer team = snapshot.WhoAnswersFor("west-reps", "report-sales");

        ResolvedAssignment holding = Assert.Single(Assert.Single(team.Items).Holding);
        Assert.Equal("west-reps", holding.Person.Id.Value);
        Assert.Equal("west-reps", holding.Assigned.Id.Value);
        Assert.Equal("West sales (sales-west): Responsible; Accountable: Wu (wu) as West manager (rm-west)", team.Items[0].ToString());
        Assert.Empty(snapshot.CheckOwnership(["west-reps"], [new CriterionWork("sales", "Sales", "report-sales")]));
    }

    [Fact]
    public void Results_HaveNoPublicConstructors()
    {
        Assert.Empty(typeof(SubjectAnswer).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        Assert.Empty(typeof(SubjectItemAnswer).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
    }
}
