using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Tests.Responsibility;

public class ResponsibilitySnapshotTests
{
    [Fact]
    public void AsOf_ValidatesOnce_AnswersManyItems()
    {
        ResponsibilityMatrix m = Fixture.Basic().AddWorkItem("orphan", "Orphan").Build();
        ResponsibilitySnapshot snapshot = m.AsOf(Fixture.Mar31);
        Assert.Same(m, snapshot.Matrix);
        Assert.Equal(Fixture.Mar31, snapshot.On);
        Assert.True(snapshot.HasErrors);
        Assert.Equal([ResponsibilityProblemCodes.AccountableMissing, ResponsibilityProblemCodes.ResponsibleMissing], snapshot.Problems.Select(p => p.Code));
        Assert.Equal("ana", snapshot.WhoAnswersFor("task").Accountable.Person.Id.Value);
        Assert.Empty(snapshot.Blocking("task"));
        Assert.Equal(
            [
                "error items[orphan]: Cannot say who answers for 'Orphan' (orphan) on 2026-03-31: matrix v1 has errors that concern it. [accountability-unresolved]",
                "error items[orphan].accountable: No one is Accountable for 'Orphan' (orphan); give exactly one party the code A. [accountable-missing]",
                "error items[orphan].responsible: No one is Responsible for 'Orphan' (orphan); give at least one party the code R. [responsible-missing]",
            ],
            Fixture.Lines(snapshot.Blocking("orphan")));
        var ex = Assert.Throws<AccountabilityException>(() => snapshot.WhoAnswersFor("orphan"));
        Assert.Equal(snapshot.Blocking("orphan").Select(p => p.ToString()), Fixture.Lines(ex.Problems));
        Assert.Throws<AccountabilityException>(() => snapshot.Blocking("ghost"));
    }

    [Fact]
    public void AsOf_ValidMatrix_HasNoErrors()
    {
        ResponsibilitySnapshot snapshot = Fixture.Basic().Build().AsOf(new LocalDate(2026, 6, 30));
        Assert.False(snapshot.HasErrors);
        Assert.Empty(snapshot.Problems);
    }
}
