using System.Text;
using Accountability.Formulas;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Formulas;

/// <summary>Round trip of printing and parsing, evaluation against a reference written in C#, and hostile text.</summary>
public class FormulaPropertyTests
{
    [Property(MaxTest = 500)]
    public Property PrintThenParse_GivesTheSameTree() =>
        Prop.ForAll(FormulaGenerators.AnyTree.ToArbitrary(), tree =>
        {
            string text = FormulaPrinter.Print(tree);
            Formula parsed = Formula.Parse(text);
            return FormulaNode.StructurallyEqual(tree, parsed.Root) && parsed.ToString() == text;
        });

    [Property(MaxTest = 1000)]
    public Property Evaluation_EqualsReference() =>
        Prop.ForAll(FormulaGenerators.NumberTree.ToArbitrary(), FormulaGenerators.Inputs.ToArbitrary(), (tree, inputs) =>
        {
            Formula formula = Formula.Parse(FormulaPrinter.Print(tree));
            IReadOnlyList<Problem> problems = formula.Check(FormulaGenerators.Signature);
            if (problems.Count > 0)
            {
                // The only load error a well-typed tree can have: literal rounding digits outside 0-28.
                return problems.All(p => p.Code == FormulaProblemCodes.RoundDigitsInvalid);
            }

            CompiledFormula compiled = formula.Compile(FormulaGenerators.Signature);
            if (compiled.MaxStackDepth > tree.Depth)
            {
                return false;
            }

            FormulaOutcome outcome = compiled.Evaluate(inputs);
            (string? fault, decimal? value) = ReferenceEvaluator.Evaluate(tree, FormulaGenerators.Names, inputs);
            bool agree = fault is not null
                ? outcome.Kind == FormulaOutcomeKind.Fault && outcome.FaultCode == fault && outcome.ToProblem("f")!.Code == fault
                : value is null
                    ? outcome.Kind == FormulaOutcomeKind.NotApplicable
                    : outcome.Kind == FormulaOutcomeKind.Value && outcome.Value == value;
            string explanation = compiled.Explain(inputs);
            return agree && explanation.StartsWith(formula.Text + " = ", StringComparison.Ordinal);
        });

    [Fact]
    public void Generators_CoverValuesAbsenceFaultsAndDeepTrees()
    {
        FormulaNode[] trees = Gen.Sample(FormulaGenerators.NumberTree, 400, 50);
        decimal?[][] inputs = Gen.Sample(FormulaGenerators.Inputs, 400, 50);
        var kinds = new Dictionary<string, int>();
        for (int i = 0; i < trees.Length; i++)
        {
            (string? fault, decimal? value) = ReferenceEvaluator.Evaluate(trees[i], FormulaGenerators.Names, inputs[i]);
            string kind = fault ?? (value is null ? "not-applicable" : "value");
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }

        Assert.All(new[] { "value", "not-applicable", FormulaProblemCodes.DivisionByZero, FormulaProblemCodes.ArithmeticOverflow }, k => Assert.True(kinds.GetValueOrDefault(k) >= 5, k + ": " + string.Join(", ", kinds)));
        Assert.Contains(trees, t => t.Depth >= 5);
        Assert.Contains(Gen.Sample(FormulaGenerators.AnyTree, 200, 50), t => t.Depth >= 5);
        // Short soups parse often; sampling several small sizes keeps this check from depending on one random draw.
        Assert.Contains(Enumerable.Range(1, 6).SelectMany(size => Gen.Sample(FormulaGenerators.TokenSoup, 400, size)), s => Formula.TryParse(s, out _, out _));
    }

    [Property(MaxTest = 1000)]
    public Property RandomStrings_OnlyEverFailAsProblems() =>
        Prop.ForAll(FormulaGenerators.AnyString.ToArbitrary(), ParsesOrFailsCleanly);

    [Property(MaxTest = 2000)]
    public Property TokenSoup_OnlyEverFailsAsProblems() =>
        Prop.ForAll(FormulaGenerators.TokenSoup.ToArbitrary(), ParsesOrFailsCleanly);

    [Property(MaxTest = 1000)]
    public Property RandomBytes_AsUtf8AndLatin1_OnlyEverFailAsProblems() =>
        Prop.ForAll(FormulaGenerators.AnyBytes.ToArbitrary(), bytes =>
            ParsesOrFailsCleanly(Encoding.UTF8.GetString(bytes)) && ParsesOrFailsCleanly(Encoding.Latin1.GetString(bytes)));

    /// <summary>
    /// Parse never throws anything but <see cref="AccountabilityException"/>; TryParse agrees with it; whatever parses
    /// prints and parses back to the same tree, checks without throwing, and evaluates without throwing when it compiles.
    /// </summary>
    private static bool ParsesOrFailsCleanly(string text)
    {
        bool parsed = Formula.TryParse(text, out Formula? formula, out IReadOnlyList<Problem> problems);
        try
        {
            Formula again = Formula.Parse(text);
            if (!parsed || !FormulaNode.StructurallyEqual(formula!.Root, again.Root))
            {
                return false;
            }
        }
        catch (AccountabilityException ex)
        {
            if (parsed || ex.Problems.Count == 0 || ex.Problems.Count != problems.Count || !problems.All(p => p.IsError))
            {
                return false;
            }
        }

        if (!parsed)
        {
            return true;
        }

        Formula reparsed = Formula.Parse(formula!.ToString());
        if (!FormulaNode.StructurallyEqual(formula.Root, reparsed.Root))
        {
            return false;
        }

        if (formula.Check(FormulaGenerators.Signature).Count == 0)
        {
            CompiledFormula compiled = formula.Compile(FormulaGenerators.Signature);
            compiled.Evaluate(new decimal?[FormulaGenerators.Names.Length]);
            compiled.Evaluate([1m, 0m, 2m, null, -1m, 0.5m]);
        }

        return true;
    }
}
