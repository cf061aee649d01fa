using Accountability.Formulas;

namespace Accountability.Tests.Formulas;

/// <summary>The canonical text: spacing, the fewest parentheses, names, numbers.</summary>
public class FormulaPrintingTests
{
    [Theory]
    [InlineData("min(150,actual/target*100)", "min(150, actual / target * 100)")]
    [InlineData("1+2*3", "1 + 2 * 3")]
    [InlineData("(1+2)*3", "(1 + 2) * 3")]
    [InlineData("((1))", "1")]
    [InlineData("(1-2)-3", "1 - 2 - 3")]
    [InlineData("1-(2-3)", "1 - (2 - 3)")]
    [InlineData("1/(2*3)", "1 / (2 * 3)")]
    [InlineData("(1/2)*3", "1 / 2 * 3")]
    [InlineData("--a", "- -a")]
    [InlineData("-(-a)", "- -a")]
    [InlineData("-(a+b)", "-(a + b)")]
    [InlineData("-a*b", "-a * b")]
    [InlineData("-(a*b)", "-(a * b)")]
    [InlineData("not(a>b)", "not (a > b)")]
    [InlineData("not not(a>b)", "not not (a > b)")]
    [InlineData("a==(b==c)", "a == (b == c)")]
    [InlineData("(a<b)==b<a", "a < b == b < a")]
    [InlineData("a>1 or b>1 and a<2", "a > 1 or b > 1 and a < 2")]
    [InlineData("(a>1 or b>1) and a<2", "(a > 1 or b > 1) and a < 2")]
    [InlineData("if(a>b)then a else b", "if a > b then a else b")]
    [InlineData("if a then b else if c then d else e", "if a then b else if c then d else e")]
    [InlineData("if a then (if c then d else e) else b", "if a then (if c then d else e) else b")]
    [InlineData("if a then if c then d else e else b", "if a then (if c then d else e) else b")]
    [InlineData("if (if a then b else c) then d else e", "if (if a then b else c) then d else e")]
    [InlineData("1+(if a then b else c)", "1 + (if a then b else c)")]
    [InlineData("min( a ,b ,c )", "min(a, b, c)")]
    [InlineData("foo()", "foo()")]
    [InlineData("1.50 + 0.0 + 007", "1.50 + 0.0 + 7")]
    [InlineData("[on-time-delivery]+[x]+[if]+[a b]", "[on-time-delivery] + x + [if] + [a b]")]
    [InlineData("x\r\n\t*\ty", "x * y")]
    public void Canonical(string text, string canonical)
    {
        Formula formula = Formula.Parse(text);
        Assert.Equal(text, formula.Text);
        Assert.Equal(canonical, formula.ToString());
        Assert.Equal(canonical, Formula.Parse(canonical).ToString());
        Assert.True(FormulaNode.StructurallyEqual(formula.Root, Formula.Parse(canonical).Root));
    }

    [Fact]
    public void Names_EachOnceInOrderOfFirstAppearance()
    {
        Assert.Equal(
            ["self", "goals", "manager", "on-time-delivery", "ghost"],
            Formula.Parse("if present(self) then (goals + manager + self) / 3 else min([on-time-delivery], goals, ghost)").Names);
        Assert.Empty(Formula.Parse("1 + 2").Names);
        Formula formula = Formula.Parse("b + a + b");
        Assert.Same(formula.Names, formula.Names);
        Assert.Equal(["b", "a"], formula.Names);
    }

    [Fact]
    public void StructuralEquality_IgnoresPositionsAndScale()
    {
        Assert.True(FormulaNode.StructurallyEqual(Formula.Parse("1.0 +  a").Root, Formula.Parse("1+a").Root));
        Assert.False(FormulaNode.StructurallyEqual(Formula.Parse("1 + a").Root, Formula.Parse("a + 1").Root));
        Assert.False(FormulaNode.StructurallyEqual(Formula.Parse("min(a, b)").Root, Formula.Parse("max(a, b)").Root));
        Assert.False(FormulaNode.StructurallyEqual(Formula.Parse("min(a, b)").Root, Formula.Parse("min(a, b, c)").Root));
        Assert.Equal("a + 1", Formula.Parse("a+1").Root.ToString());
    }

    [Fact]
    public void DeepestFormula_PrintsChecksCompilesAndEvaluates()
    {
        string text = string.Concat(Enumerable.Repeat("(1 + ", Formula.MaxDepth - 1)) + "1" + new string(')', Formula.MaxDepth - 1);
        Formula formula = Formula.Parse(text);
        Assert.Equal(Formula.MaxDepth, formula.Root.Depth);
        Assert.Equal(formula.ToString(), Formula.Parse(formula.ToString()).ToString());
        CompiledFormula compiled = formula.Compile(new FormulaSignature());
        Assert.Equal(Formula.MaxDepth, compiled.Evaluate([]).Value);
        Assert.Equal(Formula.MaxDepth, compiled.MaxStackDepth);
    }
}
