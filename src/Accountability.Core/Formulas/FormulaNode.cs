namespace Accountability.Formulas;

/// <summary>The kinds of node of a formula's tree.</summary>
internal enum NodeKind
{
    Number,
    Name,
    Negate,
    Not,
    Add,
    Subtract,
    Multiply,
    Divide,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    And,
    Or,
    Call,
    Conditional,
}

/// <summary>
/// One node of a parsed formula: immutable. <see cref="Position"/> is the offset in the source text of the node's
/// operator, function name, literal or name (the place a message points at). Trees are at most
/// <see cref="Formula.MaxDepth"/> deep, so recursive walks over them are bounded.
/// </summary>
internal sealed class FormulaNode
{
    private static readonly FormulaNode[] NoChildren = [];

    private FormulaNode(NodeKind kind, int position, decimal number, string? name, FormulaNode[] children)
    {
        Kind = kind;
        Position = position;
        Number = number;
        Name = name;
        Children = children;
        int depth = 0;
        foreach (FormulaNode child in children)
        {
            depth = Math.Max(depth, child.Depth);
        }

        Depth = depth + 1;
    }

    public NodeKind Kind { get; }

    public int Position { get; }

    public decimal Number { get; }

    /// <summary>The input's name for <see cref="NodeKind.Name"/>, the function's for <see cref="NodeKind.Call"/>.</summary>
    public string? Name { get; }

    public FormulaNode[] Children { get; }

    public int Depth { get; }

    public static FormulaNode Literal(decimal value, int position = 0) => new(NodeKind.Number, position, value, null, NoChildren);

    public static FormulaNode Input(string name, int position = 0) => new(NodeKind.Name, position, 0m, name, NoChildren);

    public static FormulaNode Unary(NodeKind kind, FormulaNode operand, int position = 0) => new(kind, position, 0m, null, [operand]);

    public static FormulaNode Binary(NodeKind kind, FormulaNode left, FormulaNode right, int position = 0) => new(kind, position, 0m, null, [left, right]);

    public static FormulaNode Call(string function, FormulaNode[] arguments, int position = 0) => new(NodeKind.Call, position, 0m, function, arguments);

    public static FormulaNode Conditional(FormulaNode condition, FormulaNode then, FormulaNode otherwise, int position = 0) =>
        new(NodeKind.Conditional, position, 0m, null, [condition, then, otherwise]);

    /// <summary>Structural equality (kinds, numbers by value, names and children; positions ignored), without recursion.</summary>
    public static bool StructurallyEqual(FormulaNode a, FormulaNode b)
    {
        var pending = new Stack<(FormulaNode, FormulaNode)>();
        pending.Push((a, b));
        while (pending.Count > 0)
        {
            (FormulaNode x, FormulaNode y) = pending.Pop();
            if (x.Kind != y.Kind || x.Number != y.Number || !string.Equals(x.Name, y.Name, StringComparison.Ordinal)
                || x.Children.Length != y.Children.Length)
            {
                return false;
            }

            for (int i = 0; i < x.Children.Length; i++)
            {
                pending.Push((x.Children[i], y.Children[i]));
            }
        }

        return true;
    }

    public override string ToString() => FormulaPrinter.Print(this);
}
