using Accountability.Formulas;

namespace Accountability.Tests.Formulas;

/// <summary>The README's formula example, kept true.</summary>
public class ReadmeFormulaExampleTests
{
    [Fact]
    public void ReadmeExample_EvaluatesAsDocumented()
    {
        Formula f = Formula.Parse("min(150, actual / target * 100)");
        CompiledFormula c = f.Compile(new FormulaSignature(["actual", "target"]));
        FormulaOutcome o = c.Evaluate([110_000m, 100_000m]);
        Assert.Equal(FormulaOutcomeKind.Value, o.Kind);
        Assert.Equal(110m, o.Value);

        FormulaOutcome capped = c.Evaluate([200_000m, 100_000m]);
        Assert.Equal(150m, capped.Value);

        FormulaOutcome fault = c.Evaluate([1m, 0m]);
        Assert.Equal(FormulaOutcomeKind.Fault, fault.Kind);
        Assert.Equal(FormulaProblemCodes.DivisionByZero, fault.FaultCode);

        FormulaOutcome absent = c.Evaluate([null, 100_000m]);
        Assert.Equal(FormulaOutcomeKind.NotApplicable, absent.Kind);
    }
}
