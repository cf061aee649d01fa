using Accountability.Formulas;
using FsCheck;
using FsCheck.Fluent;

namespace Accountability.Tests.Formulas;

/// <summary>Generators of formula trees (any shape, or well-typed over <see cref="Signature"/>), inputs and hostile text.</summary>
internal static class FormulaGenerators
{
    public const int MaxDepth = 6;

    /// <summary>The names a well-typed formula reads: plain, kebab-case, a keyword and one with a space, all bracket-worthy but the first two.</summary>
    public static readonly string[] Names = ["a", "b_2", "on-time-delivery", "if", "q 1", "Déjà"];

    public static readonly FormulaSignature Signature = new(Names);

    private static readonly NodeKind[] Arithmetic = [NodeKind.Add, NodeKind.Subtract, NodeKind.Multiply, NodeKind.Divide];

    private static readonly NodeKind[] Comparisons = [NodeKind.Less, NodeKind.LessOrEqual, NodeKind.Greater, NodeKind.GreaterOrEqual, NodeKind.Equal, NodeKind.NotEqual];

    private static readonly NodeKind[] Binaries = [.. Arithmetic, .. Comparisons, NodeKind.And, NodeKind.Or];

    /// <summary>Non-negative literals of many scales, small and huge (what the language can write).</summary>
    public static Gen<decimal> Literal { get; } = Gen.OneOf(
        Gen.Elements(0m, 1m, 2m, 0.5m, 10m, 100m, 1.50m, 0.0000001m, decimal.MaxValue, 79228162514264337593543950.335m),
        from units in Gen.Choose(0, 1_000_000)
        from scale in Gen.Choose(0, 6)
        select units / Pow10(scale));

    /// <summary>Input values: absent often, zero often, and values that can overflow.</summary>
    public static Gen<decimal?> Input { get; } = Gen.Frequency(
        (2, Gen.Constant<decimal?>(null)),
        (2, Gen.Constant<decimal?>(0m)),
        (1, Gen.Elements<decimal?>(1m, -1m, 2.5m, -0.5m, 28m, 1.5m, decimal.MaxValue / 3m, decimal.MinValue / 2m, 0.0000000001m)),
        (5, from units in Gen.Choose(-100_000, 100_000) from scale in Gen.Choose(0, 4) select (decimal?)(units / Pow10(scale))));

    public static Gen<decimal?[]> Inputs { get; } = Gen.ArrayOf(Input, Names.Length);

    /// <summary>Trees of any shape (not necessarily well-typed), as the parser can produce them.</summary>
    public static Gen<FormulaNode> AnyTree { get; } = BuildAny();

    /// <summary>Well-typed number formulas over <see cref="Signature"/>.</summary>
    public static Gen<FormulaNode> NumberTree { get; } = BuildTyped().Number;

    /// <summary>Hostile text: any UTF-16 code units, including lone surrogates and controls.</summary>
    public static Gen<string> AnyString { get; } =
        Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(chars => new string(chars));

    /// <summary>Text made of the language's own tokens and near-misses, so that parsing goes deep.</summary>
    public static Gen<string> TokenSoup { get; } = Gen.ArrayOf(Gen.Elements(
        "a", "b_2", "[on-time-delivery]", "[", "]", "[x", "(", ")", ",", "+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!=", "=", "!",
        "and", "or", "not", "if", "then", "else", "min(", "max(", "abs(", "round(", "clamp(", "present(", "coalesce(", "foo(",
        "0", "1", "2.5", "1.", ".5", "99999999999999999999999999999999", " ", "\n", "\t", "é", "\uD800")).Select(string.Concat);

    public static Gen<byte[]> AnyBytes { get; } = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));

    private static decimal Pow10(int scale)
    {
        decimal result = 1m;
        for (int i = 0; i < scale; i++)
        {
            result *= 10m;
        }

        return result;
    }

    private static Gen<FormulaNode> BuildAny()
    {
        Gen<FormulaNode> leaf = Gen.OneOf(
            Literal.Select(v => FormulaNode.Literal(v)),
            Gen.Elements([.. Names, "x", "_", "then", "[", "a b"]).Select(n => FormulaNode.Input(n)));
        Gen<FormulaNode> gen = leaf;
        for (int depth = 1; depth <= MaxDepth; depth++)
        {
            Gen<FormulaNode> inner = gen;
            gen = Gen.Frequency(
                (3, leaf),
                (1, from kind in Gen.Elements(NodeKind.Negate, NodeKind.Not) from operand in inner select FormulaNode.Unary(kind, operand)),
                (4, from kind in Gen.Elements(Binaries) from left in inner from right in inner select FormulaNode.Binary(kind, left, right)),
                (1, from name in Gen.Elements("min", "max", "abs", "round", "clamp", "present", "coalesce", "foo", "_f1")
                    from count in Gen.Choose(0, 3)
                    from args in Gen.ArrayOf(inner, count)
                    select FormulaNode.Call(name, args)),
                (1, from c in inner from t in inner from e in inner select FormulaNode.Conditional(c, t, e)));
        }

        return gen;
    }

    private static (Gen<FormulaNode> Number, Gen<FormulaNode> Condition) BuildTyped()
    {
        Gen<FormulaNode> number = Gen.OneOf(
            Literal.Select(v => FormulaNode.Literal(v)),
            Gen.Elements(Names).Select(n => FormulaNode.Input(n)));
        Gen<FormulaNode> condition = Gen.Elements(Names).Select(n => FormulaNode.Call("present", [FormulaNode.Input(n)]));
        Gen<FormulaNode> leafNumber = number;
        for (int depth = 1; depth <= MaxDepth; depth++)
        {
            Gen<FormulaNode> n = number;
            Gen<FormulaNode> c = condition;
            number = Gen.Frequency(
                (3, leafNumber),
                (1, n.Select(x => FormulaNode.Unary(NodeKind.Negate, x))),
                (5, from kind in Gen.Elements(Arithmetic) from left in n from right in n select FormulaNode.Binary(kind, left, right)),
                (1, from name in Gen.Elements("min", "max", "coalesce")
                    from count in Gen.Choose(2, 3)
                    from args in Gen.ArrayOf(n, count)
                    select FormulaNode.Call(name, args)),
                (1, n.Select(x => FormulaNode.Call("abs", [x]))),
                (1, from x in n
                    from digits in Gen.Frequency((4, Gen.Choose(0, 6).Select(d => FormulaNode.Literal(d))), (1, n))
                    select FormulaNode.Call("round", [x, digits])),
                (1, from x in n from lo in n from hi in n select FormulaNode.Call("clamp", [x, lo, hi])),
                (1, from test in c from t in n from e in n select FormulaNode.Conditional(test, t, e)));
            condition = Gen.Frequency(
                (3, from kind in Gen.Elements(Comparisons) from left in n from right in n select FormulaNode.Binary(kind, left, right)),
                (1, Gen.Elements(Names).Select(x => FormulaNode.Call("present", [FormulaNode.Input(x)]))),
                (2, from kind in Gen.Elements(NodeKind.And, NodeKind.Or) from left in c from right in c select FormulaNode.Binary(kind, left, right)),
                (1, c.Select(x => FormulaNode.Unary(NodeKind.Not, x))),
                (1, from kind in Gen.Elements(NodeKind.Equal, NodeKind.NotEqual) from left in c from right in c select FormulaNode.Binary(kind, left, right)),
                (1, from test in c from t in c from e in c select FormulaNode.Conditional(test, t, e)));
        }

        return (number, condition);
    }
}
