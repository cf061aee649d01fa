using Accountability.Formulas;
using Accountability.Tests.Robustness;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Formulas;

/// <summary>Hostile values never escape evaluation; the deepest formulas fit a small stack.</summary>
public class FormulaRobustnessTests
{
    private static readonly Gen<decimal?> HostileInput = Gen.Frequency(
        (1, Gen.Constant<decimal?>(null)),
        (6, Hostile.Decimal.Select(d => (decimal?)d)));

    [Property(MaxTest = 1000)]
    public Property HostileInputs_EndAsOutcomes_NeverAsExceptions() =>
        Prop.ForAll(
            FormulaGenerators.NumberTree.ToArbitrary(),
            Gen.ArrayOf(HostileInput, FormulaGenerators.Names.Length).ToArbitrary(),
            (tree, inputs) =>
            {
                Formula formula = Formula.Parse(FormulaPrinter.Print(tree));
                if (formula.Check(FormulaGenerators.Signature).Count > 0)
                {
                    return true;
                }

                CompiledFormula compiled = formula.Compile(FormulaGenerators.Signature);
                FormulaOutcome outcome = compiled.Evaluate(inputs);
                _ = outcome.ToString();
                _ = compiled.Explain(inputs);
                return outcome.Kind != FormulaOutcomeKind.Fault
                    || (outcome.ToProblem("f") is { IsError: true } problem && problem.Code == outcome.FaultCode && outcome.FaultLine == 1);
            });

    [Theory]
    [InlineData("(", ")", Formula.MaxDepth - 2)]
    [InlineData("-", "", Formula.MaxDepth - 2)]
    [InlineData("abs(", ")", Formula.MaxDepth - 2)]
    [InlineData("min(1, ", ")", Formula.MaxDepth - 2)]
    [InlineData("coalesce(a, ", ")", Formula.MaxDepth - 2)]
    [InlineData("1 + (", ")", Formula.MaxDepth - 2)]
    [InlineData("if present(a) then 1 else ", "", Formula.MaxDepth - 2)]
    [InlineData("if (", ") > 0 then 1 else 0", (Formula.MaxDepth / 2) - 2)]
    public void DeepestAcceptedFormulas_FitASmallStack(string opener, string closer, int repetitions)
    {
        // Just under the limit for every kind of nesting, loaded and run on a thread with a 1 MB stack
        // (the smallest default of the usual platforms): the limits keep every recursion shallow.
        // (A conditional in a condition nests two levels per repetition: the conditional and its condition.)
        string text = string.Concat(Enumerable.Repeat(opener, repetitions)) + "a" + string.Concat(Enumerable.Repeat(closer, repetitions));
        Assert.Equal(FormulaProblemCodes.FormulaTooDeep, Assert.Single(Assert.Throws<AccountabilityException>(() =>
            Formula.Parse(string.Concat(Enumerable.Repeat(opener, repetitions + 4)) + "a" + string.Concat(Enumerable.Repeat(closer, repetitions + 4)))).Problems).Code);

        Exception? failure = null;
        string? result = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Formula formula = Formula.Parse(text);
                    Assert.True(FormulaNode.StructurallyEqual(formula.Root, Formula.Parse(formula.ToString()).Root));
                    CompiledFormula compiled = formula.Compile(new FormulaSignature("a"));
                    result = compiled.Evaluate([2m]).ToString() + " " + compiled.Evaluate([null]).ToString();
                    _ = compiled.Explain([2m]);
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        Assert.NotNull(result);
    }
}
