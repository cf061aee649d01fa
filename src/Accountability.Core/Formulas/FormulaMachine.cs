namespace Accountability.Formulas;

/// <summary>The instructions of the stack machine a formula is compiled to.</summary>
internal enum OpCode : byte
{
    /// <summary>Push constant number <c>Argument</c>.</summary>
    Constant,

    /// <summary>Push input <c>Argument</c> (absent stays absent).</summary>
    Load,

    /// <summary>Push 1 when input <c>Argument</c> is present, 0 when it is absent.</summary>
    Present,
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
    Min,
    Max,
    Abs,
    Round,

    /// <summary>Continue at <c>Argument</c>.</summary>
    Jump,

    /// <summary>When the top is present, keep it and continue at <c>Argument</c>; otherwise drop it.</summary>
    JumpIfPresent,

    /// <summary>When the top is false, keep it and continue at <c>Argument</c>.</summary>
    AndJump,

    /// <summary>Combine a (true or absent) and b with the logic of <c>and</c>.</summary>
    AndCombine,

    /// <summary>When the top is true, keep it and continue at <c>Argument</c>.</summary>
    OrJump,

    /// <summary>Combine a (false or absent) and b with the logic of <c>or</c>.</summary>
    OrCombine,

    /// <summary>
    /// Pop a condition: true continues, false continues at <c>Argument</c> (the else-branch); absent pushes absent and
    /// continues at <c>Argument - 1</c>, the then-branch's closing jump to the end.
    /// </summary>
    Branch,
}

/// <summary>One instruction: the operation, its argument, and the source offset of the operator it comes from.</summary>
internal readonly record struct Instruction(OpCode Op, int Argument, int Position);

/// <summary>
/// Compiles a checked tree to a flat instruction array and computes the deepest stack it needs. Recursion is bounded
/// by the tree's depth (<see cref="Formula.MaxDepth"/>).
/// </summary>
internal sealed class FormulaMachine
{
    private readonly FormulaSignature _signature;
    private readonly List<Instruction> _code = [];
    private readonly List<decimal> _constants = [];
    private readonly List<int> _slotsRead = [];
    private readonly bool[] _read;
    private int _depth;
    private int _maxDepth;

    private FormulaMachine(FormulaSignature signature)
    {
        _signature = signature;
        _read = new bool[signature.Names.Count];
    }

    public static bool IsValidDigits(decimal digits) => digits >= 0m && digits <= 28m && decimal.Truncate(digits) == digits;

    public static CompiledFormula Compile(Formula formula, FormulaSignature signature)
    {
        var machine = new FormulaMachine(signature);
        machine.Emit(formula.Root);
        return new CompiledFormula(formula, signature, [.. machine._code], [.. machine._constants], machine._maxDepth, [.. machine._slotsRead]);
    }

    private void Push(OpCode op, int argument, int position)
    {
        _code.Add(new Instruction(op, argument, position));
        _depth++;
        _maxDepth = Math.Max(_maxDepth, _depth);
    }

    /// <summary>Adds an instruction that pops <paramref name="pops"/> values and pushes one.</summary>
    private int Op(OpCode op, int pops, int position, int argument = 0)
    {
        _code.Add(new Instruction(op, argument, position));
        _depth -= pops - 1;
        return _code.Count - 1;
    }

    private void Patch(int at, int target) => _code[at] = _code[at] with { Argument = target };

    private int Slot(string name)
    {
        int slot = _signature.SlotOf(name);
        if (!_read[slot])
        {
            _read[slot] = true;
            _slotsRead.Add(slot);
        }

        return slot;
    }

    private void Emit(FormulaNode node)
    {
        FormulaNode[] c = node.Children;
        switch (node.Kind)
        {
            case NodeKind.Number:
                _constants.Add(node.Number);
                Push(OpCode.Constant, _constants.Count - 1, node.Position);
                return;
            case NodeKind.Name:
                Push(OpCode.Load, Slot(node.Name!), node.Position);
                return;
            case NodeKind.Negate:
                Emit(c[0]);
                Op(OpCode.Negate, 1, node.Position);
                return;
            case NodeKind.Not:
                Emit(c[0]);
                Op(OpCode.Not, 1, node.Position);
                return;
            case NodeKind.And or NodeKind.Or:
                Emit(c[0]);
                int skip = Op(node.Kind == NodeKind.And ? OpCode.AndJump : OpCode.OrJump, 1, node.Position);
                Emit(c[1]);
                Op(node.Kind == NodeKind.And ? OpCode.AndCombine : OpCode.OrCombine, 2, node.Position);
                Patch(skip, _code.Count);
                return;
            case NodeKind.Conditional:
                Emit(c[0]);
                int branch = Op(OpCode.Branch, 1, node.Position);
                _depth--;
                Emit(c[1]);
                int toEnd = Op(OpCode.Jump, 1, node.Position);
                Patch(branch, _code.Count);
                _depth--;
                Emit(c[2]);
                Patch(toEnd, _code.Count);
                return;
            case NodeKind.Call:
                EmitCall(node);
                return;
            default:
                Emit(c[0]);
                Emit(c[1]);
                Op(Binary(node.Kind), 2, node.Position);
                return;
        }
    }

    private static OpCode Binary(NodeKind kind) => kind switch
    {
        NodeKind.Add => OpCode.Add,
        NodeKind.Subtract => OpCode.Subtract,
        NodeKind.Multiply => OpCode.Multiply,
        NodeKind.Divide => OpCode.Divide,
        NodeKind.Less => OpCode.Less,
        NodeKind.LessOrEqual => OpCode.LessOrEqual,
        NodeKind.Greater => OpCode.Greater,
        NodeKind.GreaterOrEqual => OpCode.GreaterOrEqual,
        NodeKind.Equal => OpCode.Equal,
        _ => OpCode.NotEqual,
    };

    private void EmitCall(FormulaNode node)
    {
        FormulaNode[] c = node.Children;
        switch (node.Name)
        {
            case "present":
                Push(OpCode.Present, Slot(c[0].Name!), node.Position);
                return;
            case "abs":
                Emit(c[0]);
                Op(OpCode.Abs, 1, node.Position);
                return;
            case "round":
                Emit(c[0]);
                Emit(c[1]);
                Op(OpCode.Round, 2, node.Position);
                return;
            case "clamp":
                Emit(c[0]);
                Emit(c[1]);
                Op(OpCode.Max, 2, node.Position);
                Emit(c[2]);
                Op(OpCode.Min, 2, node.Position);
                return;
            case "coalesce":
                var jumps = new List<int>();
                for (int i = 0; i < c.Length; i++)
                {
                    Emit(c[i]);
                    if (i < c.Length - 1)
                    {
                        jumps.Add(Op(OpCode.JumpIfPresent, 1, node.Position));
                        _depth--;
                    }
                }

                foreach (int jump in jumps)
                {
                    Patch(jump, _code.Count);
                }

                return;
            default:
                OpCode op = node.Name == "min" ? OpCode.Min : OpCode.Max;
                Emit(c[0]);
                for (int i = 1; i < c.Length; i++)
                {
                    Emit(c[i]);
                    Op(op, 2, node.Position);
                }

                return;
        }
    }
}
