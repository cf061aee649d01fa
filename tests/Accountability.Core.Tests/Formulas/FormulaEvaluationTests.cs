using Accountability.Formulas;

namespace Accountability.Tests.Formulas;

/// <summary>Every operator, precedence level, function and the not-applicable semantics, by example.</summary>
public class FormulaEvaluationTests
{
    private static readonly FormulaSignature Signature = new("a", "b", "n", "on-time-delivery", "if");

    private static FormulaOutcome Run(string text, decimal? a = 6m, decimal? b = 4m, decimal? n = null) =>
        Formula.Parse(text).Compile(Signature).Evaluate([a, b, n, 90m, 2m]);

    [Theory]
    [InlineData("a + b", "10")]
    [InlineData("a - b", "2")]
    [InlineData("a * b", "24")]
    [InlineData("a / b", "1.5")]
    [InlineData("-a", "-6")]
    [InlineData("- -a", "6")]
    [InlineData("--a", "6")]
    [InlineData("a - -b", "10")]
    [InlineData("1.25", "1.25")]
    [InlineData("0.1 + 0.2", "0.3")]
    [InlineData("1 / 3 * 3", "0.9999999999999999999999999999")]
    [InlineData("[on-time-delivery] / 100", "0.9")]
    [InlineData("[if] * a", "12")]
    public void Arithmetic(string text, string expected) => AssertOutcome(expected, Run(text));

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 - 4 - 3", "3")]
    [InlineData("10 - (4 - 3)", "9")]
    [InlineData("12 / 2 / 3", "2")]
    [InlineData("12 / (3 / 2)", "8")]
    [InlineData("-2 * 3 + 1", "-5")]
    [InlineData("-(2 + 3)", "-5")]
    [InlineData("2 * 3 / 4", "1.5")]
    [InlineData("if 1 + 2 * 3 == 7 then 1 else 0", "1")]
    [InlineData("if a + 1 > b * 2 then 1 else 0", "0")]
    [InlineData("if a > b == b > a then 1 else 0", "0")]
    [InlineData("if a > 1 or a > 2 and b > 100 then 1 else 0", "1")]
    [InlineData("if (a > 1 or a > 2) and b > 100 then 1 else 0", "0")]
    [InlineData("if not a > b or true_ == 0 then 1 else 0", null)]
    [InlineData("if not (a > b) then 1 else 0", "0")]
    [InlineData("if not (a < b) and b < a then 1 else 0", "1")]
    [InlineData("if a == 6 == (b == 4) then 1 else 0", "1")]
    [InlineData("if a > 10 then 1 else if a > 5 then 2 else 3", "2")]
    [InlineData("if a > 1 then if b > 10 then 1 else 2 else 3", "2")]
    [InlineData("1 + (if a > b then a else b) * 2", "13")]
    public void Precedence(string text, string? expected)
    {
        if (expected is null)
        {
            Assert.False(Formula.TryParse(text, out Formula? formula, out _) && formula.Check(Signature).Count == 0);
            return;
        }

        AssertOutcome(expected, Run(text));
    }

    [Theory]
    [InlineData("a < b", "0")]
    [InlineData("b < a", "1")]
    [InlineData("a <= 6", "1")]
    [InlineData("a <= 5.99", "0")]
    [InlineData("a > b", "1")]
    [InlineData("a > 6", "0")]
    [InlineData("a >= 6", "1")]
    [InlineData("a >= 6.01", "0")]
    [InlineData("a == 6.00", "1")]
    [InlineData("a == b", "0")]
    [InlineData("a != b", "1")]
    [InlineData("a != 6", "0")]
    [InlineData("a > 1 and b > 1", "1")]
    [InlineData("a > 1 and b > 5", "0")]
    [InlineData("a > 9 or b > 1", "1")]
    [InlineData("a > 9 or b > 9", "0")]
    [InlineData("not a > 9 == (1 == 1)", null)]
    [InlineData("not (a > 9)", "1")]
    [InlineData("not not (a > 9)", "0")]
    public void ComparisonsAndLogic(string text, string? expected)
    {
        if (expected is null)
        {
            Assert.NotEmpty(Formula.Parse(text).Check(Signature));
            return;
        }

        AssertOutcome(expected, Run("if " + text + " then 1 else 0"));
    }

    [Theory]
    [InlineData("min(a, b)", "4")]
    [InlineData("min(a, b, -1)", "-1")]
    [InlineData("max(a, b)", "6")]
    [InlineData("max(a, b, 7)", "7")]
    [InlineData("abs(b - a)", "2")]
    [InlineData("abs(a)", "6")]
    [InlineData("round(2.5, 0)", "3")]
    [InlineData("round(-2.5, 0)", "-3")]
    [InlineData("round(1.005, 2)", "1.01")]
    [InlineData("round(a / 7, 3)", "0.857")]
    [InlineData("clamp(a, 0, 5)", "5")]
    [InlineData("clamp(-1, 0, 5)", "0")]
    [InlineData("clamp(b, 0, 5)", "4")]
    [InlineData("if present(a) then 1 else 0", "1")]
    [InlineData("if present(n) then 1 else 0", "0")]
    [InlineData("coalesce(n, b)", "4")]
    [InlineData("coalesce(a, b)", "6")]
    [InlineData("coalesce(n, n, 7)", "7")]
    [InlineData("coalesce(a, 1 / 0)", "6")]
    [InlineData("min(150, a / b * 100)", "150")]
    public void Functions(string text, string expected) => AssertOutcome(expected, Run(text));

    [Theory]
    [InlineData("n + 1", "not applicable")]
    [InlineData("-n", "not applicable")]
    [InlineData("n / 0", "not applicable")]
    [InlineData("min(n, 1)", "not applicable")]
    [InlineData("abs(n)", "not applicable")]
    [InlineData("round(a, n)", "not applicable")]
    [InlineData("coalesce(n, n)", "not applicable")]
    [InlineData("if n > 1 then 1 else 2", "not applicable")]
    [InlineData("if not (n > 1) then 1 else 2", "not applicable")]
    [InlineData("if n > 1 and a > 100 then 1 else 2", "2")]
    [InlineData("if a > 100 and n > 1 then 1 else 2", "2")]
    [InlineData("if n > 1 and a > 1 then 1 else 2", "not applicable")]
    [InlineData("if n > 1 or a > 1 then 1 else 2", "1")]
    [InlineData("if a > 1 or n > 1 then 1 else 2", "1")]
    [InlineData("if n > 1 or a > 100 then 1 else 2", "not applicable")]
    [InlineData("if present(n) and n > 1 then n else 0", "0")]
    [InlineData("if present(n) then (a + b + n) / 3 else (a + b) / 2", "5")]
    public void AbsentInputs(string text, string expected) => AssertOutcome(expected, Run(text));

    private static void AssertOutcome(string expected, FormulaOutcome outcome)
    {
        if (expected == "not applicable")
        {
            Assert.Equal(FormulaOutcomeKind.NotApplicable, outcome.Kind);
            return;
        }

        Assert.Equal(FormulaOutcomeKind.Value, outcome.Kind);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), outcome.Value);
    }

    [Fact]
    public void AbsentInputs_PresentSelf_AveragesThree() =>
        Assert.Equal(4m, Run("if present(n) then (a + b + n) / 3 else (a + b) / 2", n: 2m).Value);

    [Fact]
    public void Value_KindAndValue()
    {
        FormulaOutcome outcome = Run("a + b");
        Assert.Equal(FormulaOutcomeKind.Value, outcome.Kind);
        Assert.Equal(10m, outcome.Value);
        Assert.Null(outcome.FaultCode);
        Assert.Null(outcome.FaultOperation);
        Assert.Equal(0, outcome.FaultLine);
        Assert.Null(outcome.ToProblem("x"));
        Assert.Equal(FormulaOutcomeKind.NotApplicable, Run("n").Kind);
        Assert.Null(Run("n").Value);
    }

    [Fact]
    public void Fault_DivisionByZero_NamesFormulaOperationPositionAndInputs()
    {
        CompiledFormula compiled = Formula.Parse("min(150, actual / target * 100)").Compile(new FormulaSignature("actual", "target", "unused"));
        FormulaOutcome outcome = compiled.Evaluate([5m, 0m, 1m]);
        Assert.Equal(FormulaOutcomeKind.Fault, outcome.Kind);
        Assert.Null(outcome.Value);
        Assert.Equal(FormulaProblemCodes.DivisionByZero, outcome.FaultCode);
        Assert.Equal("/", outcome.FaultOperation);
        Assert.Equal(1, outcome.FaultLine);
        Assert.Equal(17, outcome.FaultColumn);
        const string Message = "The formula 'min(150, actual / target * 100)' fails at line 1, column 17: division by zero ('/'); inputs: actual = 5, target = 0.";
        Assert.Equal(Message, outcome.ToString());
        Problem problem = outcome.ToProblem("criteria[0].formula")!;
        Assert.Equal("criteria[0].formula", problem.Path);
        Assert.Equal(FormulaProblemCodes.DivisionByZero, problem.Code);
        Assert.Equal(Message, problem.Message);
        Assert.Equal("actual = 5, target = 0", problem.AttemptedValue);
    }

    [Fact]
    public void Fault_Overflow_OnSecondLine()
    {
        CompiledFormula compiled = Formula.Parse("a\n  * b").Compile(new FormulaSignature("a", "b"));
        FormulaOutcome outcome = compiled.Evaluate([decimal.MaxValue, 2m]);
        Assert.Equal(FormulaProblemCodes.ArithmeticOverflow, outcome.FaultCode);
        Assert.Equal((2, 3), (outcome.FaultLine, outcome.FaultColumn));
        Assert.Equal(
            "The formula 'a\n  * b' fails at line 2, column 3: the result of '*' is beyond the range of decimal; inputs: a = 79228162514264337593543950335, b = 2.",
            outcome.ToString());
        Assert.Equal(FormulaProblemCodes.ArithmeticOverflow, Formula.Parse("a + a").Compile(new FormulaSignature("a")).Evaluate([decimal.MaxValue]).FaultCode);
        Assert.Equal(FormulaProblemCodes.ArithmeticOverflow, Formula.Parse("-a - a").Compile(new FormulaSignature("a")).Evaluate([decimal.MaxValue]).FaultCode);
        Assert.Equal(FormulaProblemCodes.ArithmeticOverflow, Formula.Parse("a / 0.1").Compile(new FormulaSignature("a")).Evaluate([decimal.MaxValue]).FaultCode);
    }

    [Fact]
    public void Fault_RoundDigits()
    {
        CompiledFormula compiled = Formula.Parse("round(a, b)").Compile(new FormulaSignature("a", "b"));
        Assert.Equal(1.2m, compiled.Evaluate([1.23m, 1m]).Value);
        foreach (decimal digits in new[] { 1.5m, -1m, 29m })
        {
            FormulaOutcome outcome = compiled.Evaluate([1.23m, digits]);
            Assert.Equal(FormulaProblemCodes.RoundDigitsInvalid, outcome.FaultCode);
            Assert.Equal("round", outcome.FaultOperation);
            Assert.Equal(1, outcome.FaultColumn);
        }

        Assert.Equal(
            "The formula 'round(a, b)' fails at line 1, column 1: the digits of 'round' are not a whole number from 0 to 28; inputs: a = 1.23, b = 1.5.",
            compiled.Evaluate([1.23m, 1.5m]).ToString());
    }

    [Fact]
    public void Fault_SkippedBranch_IsNoFault()
    {
        Assert.Equal("0", Run("if b > 0 and a > 100 and 1 / 0 > 1 then 1 else 0").ToString());
        Assert.Equal("1", Run("if b > 0 or 1 / 0 > 1 then 1 else 0").ToString());
        Assert.Equal("6", Run("if b > 0 then a else 1 / 0").ToString());
        Assert.Equal(FormulaOutcomeKind.Fault, Run("if b > 0 then 1 / 0 else a").Kind);
        Assert.Equal(FormulaOutcomeKind.Fault, Run("n + 1 / 0").Kind);
    }

    [Fact]
    public void Outcome_Equality()
    {
        CompiledFormula compiled = Formula.Parse("a / b").Compile(Signature);
        FormulaOutcome six = compiled.Evaluate([6m, 1m, null, null, null]);
        Assert.Equal(six, compiled.Evaluate([6m, 1m, null, null, null]));
        Assert.True(six == compiled.Evaluate([12m, 2m, null, null, null]));
        Assert.True(six != compiled.Evaluate([6m, 2m, null, null, null]));
        Assert.True(six != Formula.Parse("a / b").Compile(Signature).Evaluate([6m, 1m, null, null, null]));
        Assert.Equal(compiled.Evaluate([6m, 0m, null, null, null]), compiled.Evaluate([1m, 0m, null, null, null]));
        Assert.False(six.Equals((object)"6"));
        Assert.Equal(six.GetHashCode(), compiled.Evaluate([6m, 1m, null, null, null]).GetHashCode());
    }

    [Fact]
    public void Evaluate_WrongNumberOfInputs_Throws()
    {
        CompiledFormula compiled = Formula.Parse("a").Compile(Signature);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => compiled.Evaluate([1m]));
        Assert.StartsWith("The formula takes 5 inputs in the signature's order; 1 are given.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AllocatesNothing()
    {
        CompiledFormula compiled = Formula.Parse("if present(n) then min(150, a / b * 100) else coalesce(n, round(a, 2)) + clamp(b, 0, 1)").Compile(Signature);
        decimal?[] inputs = [95m, 100m, null, 1m, 2m];
        compiled.Evaluate(inputs);
        long before = GC.GetAllocatedBytesForCurrentThread();
        decimal sum = 0m;
        for (int i = 0; i < 1000; i++)
        {
            sum += compiled.Evaluate(inputs).Value!.Value;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(96000m, sum);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Explain_ShowsFormulaResultAndEachInputRead()
    {
        CompiledFormula compiled = Formula.Parse("min(150, actual / target * 100)").Compile(new FormulaSignature("unused", "target", "actual"));
        Assert.Equal(
            "min(150, actual / target * 100) = 120.0" + Environment.NewLine + "  actual = 120" + Environment.NewLine + "  target = 100",
            compiled.Explain([1m, 100m, 120m]));
        Assert.Equal(
            "min(150, actual / target * 100) = fault at line 1, column 17: division by zero ('/')" + Environment.NewLine + "  actual = 120" + Environment.NewLine + "  target = 0",
            compiled.Explain([1m, 0m, 120m]));
        Assert.Equal(
            "min(150, actual / target * 100) = not applicable" + Environment.NewLine + "  actual = not applicable" + Environment.NewLine + "  target = 100",
            compiled.Explain([1m, 100m, null]));
        Assert.Equal(
            "[on-time-delivery] + 1 = 91" + Environment.NewLine + "  [on-time-delivery] = 90",
            Formula.Parse("[on-time-delivery] + 1").Compile(Signature).Explain([1m, 2m, 3m, 90m, 5m]));
    }

    [Fact]
    public void Compiled_KnowsItsFormulaSignatureAndStackDepth()
    {
        Formula formula = Formula.Parse("a + (b * (a - b))");
        CompiledFormula compiled = formula.Compile(Signature);
        Assert.Same(formula, compiled.Formula);
        Assert.Same(Signature, compiled.Signature);
        Assert.Equal(4, compiled.MaxStackDepth);
        Assert.Equal("a + b * (a - b)", compiled.ToString());
        Assert.Equal(1, Formula.Parse("1").Compile(Signature).MaxStackDepth);
        Assert.Equal(2, Formula.Parse("1 + 2 + 3 + 4").Compile(Signature).MaxStackDepth);
    }
}
