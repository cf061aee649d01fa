using Accountability.Formulas;

namespace Accountability.Tests.Formulas;

/// <summary>Every load error, with its exact message, path and position.</summary>
public class FormulaErrorTests
{
    private static readonly FormulaSignature Signature = new("actual", "target", "self", "on-time-delivery");

    private static Problem ParseError(string text) => Assert.Single(ParseErrors(text));

    private static IReadOnlyList<Problem> ParseErrors(string text, string path = "formula")
    {
        Assert.False(Formula.TryParse(text, path, out Formula? formula, out IReadOnlyList<Problem> problems));
        Assert.Null(formula);
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => Formula.Parse(text, path));
        Assert.Equal(problems.Select(p => p.ToString()), ex.Problems.Select(p => p.ToString()));
        Assert.All(problems, p => Assert.True(p.IsError));
        return problems;
    }

    private static void AssertProblem(Problem problem, string code, string path, string message)
    {
        Assert.Equal(code, problem.Code);
        Assert.Equal(path, problem.Path);
        Assert.Equal(message, problem.Message);
    }

    [Theory]
    [InlineData("min(150, actual / )", "formula[line 1, column 19]", "Line 1, column 19: expected a number, a name, a function call or '(', found ')'.")]
    [InlineData("", "formula[line 1, column 1]", "Line 1, column 1: expected a number, a name, a function call or '(', found the end of the formula.")]
    [InlineData("  ", "formula[line 1, column 3]", "Line 1, column 3: expected a number, a name, a function call or '(', found the end of the formula.")]
    [InlineData("(actual + target", "formula[line 1, column 17]", "Line 1, column 17: expected ')' or an operator, found the end of the formula.")]
    [InlineData("actual target", "formula[line 1, column 8]", "Line 1, column 8: expected an operator or the end of the formula, found 'target'.")]
    [InlineData("actual)", "formula[line 1, column 7]", "Line 1, column 7: expected an operator or the end of the formula, found ')'.")]
    [InlineData("if actual > 1 then 1", "formula[line 1, column 21]", "Line 1, column 21: expected 'else' or an operator, found the end of the formula.")]
    [InlineData("if actual > 1 else 1", "formula[line 1, column 15]", "Line 1, column 15: expected 'then' or an operator, found 'else'.")]
    [InlineData("min(actual target)", "formula[line 1, column 12]", "Line 1, column 12: expected ',', ')' or an operator, found 'target'.")]
    [InlineData("min(actual,", "formula[line 1, column 12]", "Line 1, column 12: expected a number, a name, a function call or '(', found the end of the formula.")]
    [InlineData("1 + if actual > 1 then 1 else 0", "formula[line 1, column 5]", "Line 1, column 5: expected a number, a name, a function call or '(', found 'if' (put a conditional that is an operand in parentheses).")]
    [InlineData("actual *\n\n   then", "formula[line 3, column 4]", "Line 3, column 4: expected a number, a name, a function call or '(', found 'then'.")]
    [InlineData("actual and", "formula[line 1, column 11]", "Line 1, column 11: expected a number, a name, a function call or '(', found the end of the formula.")]
    [InlineData("[on-time-delivery](1)", "formula[line 1, column 19]", "Line 1, column 19: expected an operator or the end of the formula, found '('.")]
    [InlineData("not", "formula[line 1, column 4]", "Line 1, column 4: expected a number, a name, a function call or '(', found the end of the formula.")]
    public void SyntaxErrors(string text, string path, string message) =>
        AssertProblem(ParseError(text), FormulaProblemCodes.SyntaxError, path, message);

    [Theory]
    [InlineData("actual = target", 8, "'=' is not part of the formula language (compare with '==').")]
    [InlineData("!self", 1, "'!' is not part of the formula language (write 'not' or '!=').")]
    [InlineData("a && b", 3, "'&' is not part of the formula language (write 'and').")]
    [InlineData("a || b", 3, "'|' is not part of the formula language (write 'or').")]
    [InlineData("a ? b : c", 3, "'?' is not part of the formula language (write 'if condition then a else b').")]
    [InlineData("a.b", 2, "'.' is not part of the formula language.")]
    [InlineData("é", 1, "U+00E9 is not part of the formula language.")]
    [InlineData("\u0001", 1, "U+0001 is not part of the formula language.")]
    [InlineData("\U0001F600", 1, "U+1F600 is not part of the formula language.")]
    public void UnexpectedCharacters(string text, int column, string message)
    {
        Problem problem = ParseErrors(text)[0];
        AssertProblem(problem, FormulaProblemCodes.UnexpectedCharacter, $"formula[line 1, column {column}]", $"Line 1, column {column}: {message}");
    }

    [Fact]
    public void UnexpectedCharacters_LoneSurrogate()
    {
        AssertProblem(ParseError("1 + \uD800"), FormulaProblemCodes.UnexpectedCharacter, "formula[line 1, column 5]", "Line 1, column 5: U+D800 is not part of the formula language.");
        AssertProblem(ParseError("\uDC00"), FormulaProblemCodes.UnexpectedCharacter, "formula[line 1, column 1]", "Line 1, column 1: U+DC00 is not part of the formula language.");
    }

    [Fact]
    public void LexicalErrors_AreAllReportedAtOnce()
    {
        IReadOnlyList<Problem> problems = ParseErrors("a # b\n  + @ 1.", "criteria[2].formula");
        Assert.Equal(
        [
            "error criteria[2].formula[line 1, column 3]: Line 1, column 3: '#' is not part of the formula language. [unexpected-character]",
            "error criteria[2].formula[line 2, column 5]: Line 2, column 5: '@' is not part of the formula language. [unexpected-character]",
            "error criteria[2].formula[line 2, column 9]: Line 2, column 9: expected a digit after the decimal point. [number-invalid]",
        ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Numbers_Invalid()
    {
        AssertProblem(ParseError("1.+2"), FormulaProblemCodes.NumberInvalid, "formula[line 1, column 3]", "Line 1, column 3: expected a digit after the decimal point.");
        AssertProblem(
            ParseError("1 + 79228162514264337593543950336"),
            FormulaProblemCodes.NumberInvalid,
            "formula[line 1, column 5]",
            "Line 1, column 5: the number '79228162514264337593543950336' is beyond the range of decimal.");
        AssertProblem(
            ParseError(new string('9', 40)),
            FormulaProblemCodes.NumberInvalid,
            "formula[line 1, column 1]",
            "Line 1, column 1: the number '99999999999999999999999999999999…' is beyond the range of decimal.");
        Assert.Equal(decimal.MaxValue, Formula.Parse("79228162514264337593543950335").Compile(Signature).Evaluate([null, null, null, null]).Value);
        AssertProblem(ParseError(".5"), FormulaProblemCodes.UnexpectedCharacter, "formula[line 1, column 1]", "Line 1, column 1: '.' is not part of the formula language.");
        AssertProblem(ParseError("1e5"), FormulaProblemCodes.SyntaxError, "formula[line 1, column 2]", "Line 1, column 2: expected an operator or the end of the formula, found 'e5'.");
    }

    [Fact]
    public void BracketedNames_Invalid()
    {
        AssertProblem(ParseError("[on-time + 1"), FormulaProblemCodes.NameInvalid, "formula[line 1, column 1]", "Line 1, column 1: the name in brackets has no closing ']' on its line.");
        IReadOnlyList<Problem> problems = ParseErrors("[on-time\n] + 1");
        AssertProblem(problems[0], FormulaProblemCodes.NameInvalid, "formula[line 1, column 1]", "Line 1, column 1: the name in brackets has no closing ']' on its line.");
        AssertProblem(problems[1], FormulaProblemCodes.UnexpectedCharacter, "formula[line 2, column 1]", "Line 2, column 1: ']' is not part of the formula language.");
        AssertProblem(ParseError("1 + []"), FormulaProblemCodes.NameInvalid, "formula[line 1, column 5]", "Line 1, column 5: the name in brackets '' is not valid: An identifier cannot be empty or white space.");
        AssertProblem(ParseError("[ x]"), FormulaProblemCodes.NameInvalid, "formula[line 1, column 1]", "Line 1, column 1: the name in brackets ' x' is not valid: An identifier cannot start or end with white space.");
    }

    [Fact]
    public void TooLong()
    {
        Problem problem = ParseError(new string('(', 100_000) + "1" + new string(')', 100_000));
        AssertProblem(problem, FormulaProblemCodes.FormulaTooLong, "formula", "The formula has 200001 characters; at most 10000 are allowed.");
        Assert.True(Formula.TryParse("1" + string.Concat(Enumerable.Repeat(" + 1", 200)) + new string(' ', 9199), out _, out _));
    }

    [Theory]
    [InlineData("(", 257)]
    [InlineData("-", 257)]
    [InlineData("not ", 1025)]
    [InlineData("min(1, ", 1790)]
    [InlineData("if 1 > 0 then 1 else ", 5359)]
    public void TooDeep_Nesting(string opener, int column)
    {
        string text = string.Concat(Enumerable.Repeat(opener, 300)) + "1";
        AssertProblem(
            ParseError(text),
            FormulaProblemCodes.FormulaTooDeep,
            $"formula[line 1, column {column}]",
            $"Line 1, column {column}: the formula nests deeper than 256 levels.");
        Assert.True(Formula.TryParse(string.Concat(Enumerable.Repeat(opener, 200)) + "1" + new string(')', opener.Contains('(', StringComparison.Ordinal) ? 200 : 0), out _, out _));
    }

    [Fact]
    public void TooDeep_LongChain()
    {
        string text = "1" + string.Concat(Enumerable.Repeat(" + 1", 300));
        AssertProblem(ParseError(text), FormulaProblemCodes.FormulaTooDeep, "formula[line 1, column 1023]", "Line 1, column 1023: the formula nests deeper than 256 levels.");
    }

    [Fact]
    public void HundredThousandDeep_IsAnErrorNotACrash()
    {
        foreach (string opener in new[] { "(", "-", "not ", "[a] + (", "min(" })
        {
            string text = string.Concat(Enumerable.Repeat(opener, 100_000)) + "1";
            Assert.Equal(FormulaProblemCodes.FormulaTooLong, ParseError(text).Code);
            string deep = string.Concat(Enumerable.Repeat(opener, Formula.MaxLength / opener.Length - 1)) + "1";
            Assert.Equal(FormulaProblemCodes.FormulaTooDeep, ParseError(deep).Code);
        }
    }

    [Fact]
    public void Check_ReportsEveryProblemAtOnce()
    {
        Formula formula = Formula.Parse("min(actul) + mean(target) * (self > 1) + round(actual, 30)\n + (if present(1) then not actual else 1 > 0)");
        IReadOnlyList<Problem> problems = formula.Check(Signature, "criteria[2].formula");
        Assert.Equal(
        [
            "error criteria[2].formula[line 1, column 1]: Line 1, column 1: 'min' takes at least 2 arguments; it is given 1. [argument-count]",
            "error criteria[2].formula[line 1, column 5]: Line 1, column 5: 'actul' is not a known name; the names are actual, target, self, [on-time-delivery]. [unknown-name]",
            "error criteria[2].formula[line 1, column 14]: Line 1, column 14: 'mean' is not a function; the functions are abs, clamp, coalesce, max, min, present, round. [unknown-function]",
            "error criteria[2].formula[line 1, column 35]: Line 1, column 35: '>' gives a condition where a number is needed. [type-mismatch]",
            "error criteria[2].formula[line 1, column 56]: Line 1, column 56: the digits of 'round' must be a whole number from 0 to 28; they are 30. [round-digits-invalid]",
            "error criteria[2].formula[line 2, column 16]: Line 2, column 16: 'present' takes the name of an input, such as present(self); it is given '1'. [present-needs-name]",
            "error criteria[2].formula[line 2, column 28]: Line 2, column 28: 'actual' gives a number where a condition is needed. [type-mismatch]",
            "error criteria[2].formula[line 2, column 5]: Line 2, column 5: 'if' gives a condition where a number is needed. [type-mismatch]",
        ],
            problems.Select(p => p.ToString()));
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => formula.Compile(Signature, "criteria[2].formula"));
        Assert.Equal(problems.Select(p => p.ToString()), ex.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("actual > target", "Line 1, column 8: '>' gives a condition; a formula must give a number.")]
    [InlineData("if not self then 1 else 0", "Line 1, column 8: 'self' gives a number where a condition is needed.")]
    [InlineData("if actual then 1 else 0", "Line 1, column 4: 'actual' gives a number where a condition is needed.")]
    [InlineData("if 1 and 2 > 1 then 1 else 0", "Line 1, column 4: '1' gives a number where a condition is needed.")]
    [InlineData("if actual == (self > 1) then 1 else 0", "Line 1, column 11: '==' compares a number with a condition.")]
    [InlineData("if present(self) then 1 else self > 0", "Line 1, column 1: the branches of 'if' differ: 'then' gives a number and 'else' a condition.")]
    [InlineData("if present(self) then self > 0 else 1", "Line 1, column 1: the branches of 'if' differ: 'then' gives a condition and 'else' a number.")]
    [InlineData("-(self > 0)", "Line 1, column 8: '>' gives a condition where a number is needed.")]
    [InlineData("min(self > 0, 1)", "Line 1, column 10: '>' gives a condition where a number is needed.")]
    [InlineData("present(self)", "Line 1, column 1: 'present' gives a condition; a formula must give a number.")]
    [InlineData("if present(self) then self > 1 else self < 1", "Line 1, column 1: 'if' gives a condition; a formula must give a number.")]
    public void Check_TypeMismatches(string text, string message)
    {
        Problem problem = Assert.Single(Formula.Parse(text).Check(Signature));
        Assert.Equal(FormulaProblemCodes.TypeMismatch, problem.Code);
        Assert.Equal(message, problem.Message);
    }

    [Theory]
    [InlineData("abs(1, 2)", "Line 1, column 1: 'abs' takes 1 argument; it is given 2.")]
    [InlineData("abs()", "Line 1, column 1: 'abs' takes 1 argument; it is given 0.")]
    [InlineData("round(1)", "Line 1, column 1: 'round' takes 2 arguments; it is given 1.")]
    [InlineData("clamp(1, 2)", "Line 1, column 1: 'clamp' takes 3 arguments; it is given 2.")]
    [InlineData("coalesce(self)", "Line 1, column 1: 'coalesce' takes at least 2 arguments; it is given 1.")]
    [InlineData("max()", "Line 1, column 1: 'max' takes at least 2 arguments; it is given 0.")]
    [InlineData("if present(self, actual) then 1 else 0", "Line 1, column 4: 'present' takes 1 argument; it is given 2.")]
    public void Check_ArgumentCounts(string text, string message)
    {
        Problem problem = Assert.Single(Formula.Parse(text).Check(Signature));
        Assert.Equal(FormulaProblemCodes.ArgumentCount, problem.Code);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Check_UnknownName_WithNoNamesAvailable()
    {
        Problem problem = Assert.Single(Formula.Parse("[on-time-delivery]").Check(new FormulaSignature()));
        Assert.Equal("Line 1, column 1: '[on-time-delivery]' is not a known name; no names are available to this formula.", problem.Message);
        Assert.Equal("on-time-delivery", problem.AttemptedValue);
        Assert.Empty(Formula.Parse("1").Check(new FormulaSignature()));
    }

    [Fact]
    public void Check_UnknownName_ListsAtMostTwentyNames()
    {
        var signature = new FormulaSignature(Enumerable.Range(0, 25).Select(i => "k" + i));
        Problem problem = Assert.Single(Formula.Parse("x").Check(signature));
        Assert.EndsWith("k18, k19, ….", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Signature_RejectsBadNames()
    {
        Assert.Equal("names", Assert.Throws<ArgumentException>(() => new FormulaSignature("a", "a")).ParamName);
        Assert.StartsWith("Input 1 repeats the name 'a'.", Assert.Throws<ArgumentException>(() => new FormulaSignature("a", "a")).Message, StringComparison.Ordinal);
        Assert.StartsWith("Input 0 ('a]') contains ']', which a formula cannot write.", Assert.Throws<ArgumentException>(() => new FormulaSignature("a]")).Message, StringComparison.Ordinal);
        Assert.StartsWith("Input 0 is not a valid name: An identifier cannot be empty or white space.", Assert.Throws<ArgumentException>(() => new FormulaSignature("")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new FormulaSignature([null!]));
        Assert.Throws<ArgumentNullException>(() => new FormulaSignature((IEnumerable<string>)null!));
        var signature = new FormulaSignature("a", "b");
        Assert.Equal(1, signature.SlotOf("b"));
        Assert.Equal(-1, signature.SlotOf("B"));
        Assert.Equal(["a", "b"], signature.Names);
        Assert.Throws<ArgumentNullException>(() => signature.SlotOf(null!));
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Formula.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => Formula.Parse("1", null!));
        Assert.Throws<ArgumentNullException>(() => Formula.Parse("1").Check(null!));
        Assert.Throws<ArgumentNullException>(() => Formula.Parse("1").Check(Signature, null!));
        Assert.Throws<ArgumentNullException>(() => Formula.Parse("1").Compile(Signature).Evaluate([null, null, null, null]).ToProblem(null!));
    }
}
