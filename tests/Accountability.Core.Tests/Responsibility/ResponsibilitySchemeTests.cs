using Accountability.Responsibility;

namespace Accountability.Tests.Responsibility;

public class ResponsibilitySchemeTests
{
    [Fact]
    public void Raci_HasFourCodesAndForbidsRedundantPairs()
    {
        ResponsibilityScheme raci = ResponsibilityScheme.Raci;
        Assert.Equal("RACI (R, A, C, I)", raci.ToString());
        Assert.Equal("A", raci.Accountable.Symbol);
        Assert.True(raci.Forbids("C", "A"));
        Assert.True(raci.Forbids("I", "C"));
        Assert.False(raci.Forbids("R", "A"));
    }

    [Fact]
    public void Rasci_AddsSupport()
    {
        ResponsibilityScheme rasci = ResponsibilityScheme.Rasci;
        Assert.Equal("RASCI (R, A, S, C, I)", rasci.ToString());
        Assert.True(rasci.TryGetCode("S", out ResponsibilityCode? s));
        Assert.Equal(Involvement.Support, s.Involvement);
        Assert.True(rasci.Forbids("R", "S"));
    }

    [Fact]
    public void RaciVs_AddsVerifierAndOneSignatory()
    {
        ResponsibilityScheme vs = ResponsibilityScheme.RaciVs;
        Assert.Equal("RACI-VS (R, A, C, I, V, S)", vs.ToString());
        Assert.True(vs.TryGetCode("S", out ResponsibilityCode? s));
        Assert.Equal(Involvement.Signatory, s.Involvement);
        Assert.Equal(1, s.MaximumPerItem);
        Assert.True(vs.TryGetCode("V", out ResponsibilityCode? v));
        Assert.Equal(Involvement.Verifier, v.Involvement);
        Assert.True(vs.Forbids("V", "R"));
    }

    [Fact]
    public void Daci_MapsDriverAndApprover()
    {
        ResponsibilityScheme daci = ResponsibilityScheme.Daci;
        Assert.Equal("DACI (D, A, C, I)", daci.ToString());
        Assert.Equal("Approver", daci.Accountable.Name);
        Assert.True(daci.TryGetCode("D", out ResponsibilityCode? d));
        Assert.Equal(Involvement.Responsible, d.Involvement);
        Assert.True(daci.Forbids("A", "D"));
        Assert.False(daci.TryGetCode("R", out _));
        Assert.False(daci.TryGetCode(null, out _));
    }

    [Fact]
    public void Create_IntegratorScheme_Works()
    {
        var rapid = ResponsibilityScheme.Create(
            "RAPID",
            [
                new ResponsibilityCode("R", "Recommend", Involvement.Consulted),
                new ResponsibilityCode("A", "Agree", Involvement.Other),
                new ResponsibilityCode("P", "Perform", Involvement.Responsible),
                new ResponsibilityCode("I", "Input", Involvement.Informed),
                new ResponsibilityCode("D", "Decide", Involvement.Accountable),
            ],
            [new CodeCombination("D", "P")]);
        Assert.Equal("D", rapid.Accountable.Symbol);
        Assert.True(rapid.Forbids("P", "D"));
        Assert.Single(rapid.ForbiddenCombinations);
    }

    [Fact]
    public void Create_BadScheme_ReportsEveryProblem()
    {
        var ex = Assert.Throws<AccountabilityException>(() => ResponsibilityScheme.Create(
            "Bad",
            [new ResponsibilityCode("X", "One", Involvement.Consulted), new ResponsibilityCode("X", "Two", Involvement.Informed)],
            [new CodeCombination("X", "Y")]));
        Assert.Equal(
            [
                "error codes[1].symbol: The code 'X' is defined more than once in the scheme 'Bad'. [duplicate-code]",
                "error codes: The scheme 'Bad' must have exactly one code meaning Accountable; it has 0. [scheme-accountable-code]",
                "error codes: The scheme 'Bad' must have at least one code meaning Responsible. [scheme-responsible-code]",
                "error forbiddenCombinations[0]: 'Y' is not a code of the scheme 'Bad'. [unknown-code]",
            ],
            Fixture.Lines(ex.Problems));
    }

    [Fact]
    public void Create_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => ResponsibilityScheme.Create(" ", []));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityScheme.Create("x", null!));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityScheme.Create("x", [null!]));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityScheme.Create("x", [], [null!]));
    }
}

public class ResponsibilityCodeTests
{
    [Fact]
    public void Constructor_KeepsValuesAndFormats()
    {
        var code = new ResponsibilityCode("S", "Signatory", Involvement.Signatory, 1);
        Assert.Equal("S (Signatory)", code.ToString());
        Assert.Equal(code, new ResponsibilityCode("S", "Signatory", Involvement.Signatory, 1));
        Assert.Equal(code.GetHashCode(), new ResponsibilityCode("S", "Signatory", Involvement.Signatory, 1).GetHashCode());
        Assert.NotEqual(code, new ResponsibilityCode("S", "Signatory", Involvement.Signatory));
    }

    [Theory]
    [InlineData("A B")]
    [InlineData("A/B")]
    [InlineData("A,B")]
    [InlineData("A|B")]
    [InlineData(" ")]
    public void Constructor_BadSymbol_Throws(string symbol)
    {
        Assert.Throws<ArgumentException>(() => new ResponsibilityCode(symbol, "Name", Involvement.Other));
    }

    [Fact]
    public void Constructor_BadLimitOrInvolvement_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResponsibilityCode("X", "X", Involvement.Other, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResponsibilityCode("X", "X", (Involvement)42));
    }
}

public class CodeCombinationTests
{
    [Fact]
    public void Matches_EitherOrder()
    {
        var pair = new CodeCombination("A", "C");
        Assert.True(pair.Matches("C", "A"));
        Assert.False(pair.Matches("A", "I"));
        Assert.Equal(new CodeCombination("C", "A"), pair);
        Assert.Equal(new CodeCombination("C", "A").GetHashCode(), pair.GetHashCode());
        Assert.Equal("A+C", pair.ToString());
    }

    [Fact]
    public void Constructor_SameCode_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CodeCombination("A", "A"));
        Assert.StartsWith("A combination needs two different codes; both are 'A'.", ex.Message, StringComparison.Ordinal);
    }
}
