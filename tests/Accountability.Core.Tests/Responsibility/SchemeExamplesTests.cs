using Accountability.Responsibility;

namespace Accountability.Tests.Responsibility;

/// <summary>One small matrix per built-in scheme: valid as written, and caught when a forbidden pair is added.</summary>
public class SchemeExamplesTests
{
    public static TheoryData<string, string, string, string> Schemes => new()
    {
        // scheme, the responsible code, a code the Accountable party may not also hold, expected message pair
        { "RACI", "R", "C", "A and C" },
        { "RASCI", "R", "I", "A and I" },
        { "RACI-VS", "R", "C", "A and C" },
        { "DACI", "D", "D", "D and A" },
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Scheme_ValidMatrix_PassesChecks_ForbiddenPairCaught(string name, string responsible, string forbiddenWithA, string pair)
    {
        ResponsibilityScheme scheme = name switch
        {
            "RACI" => ResponsibilityScheme.Raci,
            "RASCI" => ResponsibilityScheme.Rasci,
            "RACI-VS" => ResponsibilityScheme.RaciVs,
            _ => ResponsibilityScheme.Daci,
        };
        ResponsibilityMatrixBuilder builder = new ResponsibilityMatrixBuilder(scheme)
            .AddPerson("boss", "Boss").AddPerson("doer", "Doer").AddWorkItem("t", "T")
            .Assign("t", "boss", "A").Assign("t", "doer", responsible);
        Assert.Empty(builder.Build().Validate(Fixture.Mar31));
        AccountabilityAnswer answer = builder.Build().WhoAnswersFor("t", Fixture.Mar31);
        Assert.Equal("boss", answer.Accountable.Person.Id.Value);
        Assert.Equal("doer", Assert.Single(answer.Responsible).Person.Id.Value);

        ResponsibilityMatrix bad = builder.Assign("t", "boss", forbiddenWithA).Build();
        Problem p = Assert.Single(bad.Validate(Fixture.Mar31), p => p.Code == ResponsibilityProblemCodes.ForbiddenCombination);
        Assert.Equal($"Boss (boss) holds both {pair} on 'T' (t), which may not be held together.", p.Message);
    }

    [Fact]
    public void Rasci_SupportAndRaciVsVerifier_ForbiddenWithResponsible()
    {
        ResponsibilityMatrix rasci = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Rasci)
            .AddPerson("a", "Ann").AddPerson("b", "Bo").AddWorkItem("t", "T").Assign("t", "a", "A").Assign("t", "b", "R", "S").Build();
        Assert.Equal(["Bo (b) holds both R and S on 'T' (t), which may not be held together."], rasci.Validate(Fixture.Mar31).Select(p => p.Message));
        ResponsibilityMatrix vs = new ResponsibilityMatrixBuilder(ResponsibilityScheme.RaciVs)
            .AddPerson("a", "Ann").AddPerson("b", "Bo").AddWorkItem("t", "T").Assign("t", "a", "A").Assign("t", "b", "R", "V").Build();
        Assert.Equal(["Bo (b) holds both R and V on 'T' (t), which may not be held together."], vs.Validate(Fixture.Mar31).Select(p => p.Message));
    }

    [Fact]
    public void IntegratorScheme_WorksEndToEnd()
    {
        var rapid = ResponsibilityScheme.Create(
            "RAPID",
            [
                new ResponsibilityCode("R", "Recommend", Involvement.Consulted),
                new ResponsibilityCode("A", "Agree", Involvement.Other, maximumPerItem: 1),
                new ResponsibilityCode("P", "Perform", Involvement.Responsible),
                new ResponsibilityCode("I", "Input", Involvement.Informed),
                new ResponsibilityCode("D", "Decide", Involvement.Accountable),
            ],
            [new CodeCombination("D", "P")]);
        ResponsibilityMatrixBuilder builder = new ResponsibilityMatrixBuilder(rapid)
            .AddPerson("ceo", "Ceo").AddPerson("cfo", "Cfo").AddPerson("ops", "Ops").AddWorkItem("budget", "Budget")
            .Assign("budget", "ceo", "D").Assign("budget", "cfo", "A", "R").Assign("budget", "ops", "P");
        AccountabilityAnswer answer = builder.Build().WhoAnswersFor("budget", Fixture.Mar31);
        Assert.Equal("ceo", answer.Accountable.Person.Id.Value);
        Assert.Equal("Agree", Assert.Single(answer.Others).Code.Name);
        Assert.Equal("cfo", Assert.Single(answer.Consulted).Person.Id.Value);

        ResponsibilityMatrix bad = builder.Assign("budget", "ops", "A").Assign("budget", "ceo", "P").Build();
        Assert.Equal(
            [
                "error items[budget].codes[A]: 2 parties hold A (Agree) on 'Budget' (budget): Cfo (cfo), Ops (ops); at most 1 may. [code-above-maximum]",
                "error items[budget].parties[ceo]: Ceo (ceo) holds both P and D on 'Budget' (budget), which may not be held together. [forbidden-combination]",
            ],
            Fixture.Lines(bad.Validate(Fixture.Mar31)));
        var ex = Assert.Throws<AccountabilityException>(() => builder.Assign("budget", "ops", "Z").Build());
        Assert.Equal("error assignments[5].codes[0]: 'Z' is not a code of the RAPID scheme; use one of R, A, P, I, D. [unknown-code]", ex.Problems.Single().ToString());
    }
}
