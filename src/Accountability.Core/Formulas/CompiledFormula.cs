using System.Globalization;
using System.Text;

namespace Accountability.Formulas;

/// <summary>
/// A <see cref="Formula"/> checked against a <see cref="FormulaSignature"/> and compiled once to a flat instruction
/// array for a stack machine whose deepest stack is known at compile time. Made by <see cref="Formula.Compile"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Evaluate"/> allocates nothing unless the outcome is a fault; it never throws
/// for a value (division by zero, overflow and invalid rounding digits are <see cref="FormulaOutcomeKind.Fault"/> outcomes).
/// </remarks>
public sealed class CompiledFormula
{
    private readonly Instruction[] _code;
    private readonly decimal[] _constants;
    private readonly FormulaSource _source;
    private readonly int _inputCount;

    internal CompiledFormula(Formula formula, FormulaSignature signature, Instruction[] code, decimal[] constants, int maxStackDepth, int[] slotsRead)
    {
        Formula = formula;
        Signature = signature;
        _code = code;
        _constants = constants;
        MaxStackDepth = maxStackDepth;
        SlotsRead = slotsRead;
        _inputCount = signature.Names.Count;
        _source = new FormulaSource(formula.Text, string.Empty);
    }

    /// <summary>Gets the formula that was compiled.</summary>
    public Formula Formula { get; }

    /// <summary>Gets the signature the formula was checked against; inputs are passed in its slot order.</summary>
    public FormulaSignature Signature { get; }

    /// <summary>Gets the deepest the evaluation stack goes, computed at compile time (at most the tree's depth, so at most <see cref="Formula.MaxDepth"/>).</summary>
    public int MaxStackDepth { get; }

    /// <summary>The slots the formula reads, in the order of their first appearance.</summary>
    internal int[] SlotsRead { get; }

    /// <summary>Evaluates the formula exactly in <see cref="decimal"/>.</summary>
    /// <param name="inputs">One value per input of <see cref="Signature"/>, in slot order; null for absent (not applicable).</param>
    /// <returns>
    /// The number; <see cref="FormulaOutcomeKind.NotApplicable"/> when an input the result depends on is absent; or a fault
    /// (division by zero, overflow, invalid rounding digits) naming the formula, the operation and its position, and the inputs.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> does not have one value per input of the signature.</exception>
    public FormulaOutcome Evaluate(ReadOnlySpan<decimal?> inputs)
    {
        if (inputs.Length != _inputCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The formula takes {Signature.Names.Count} inputs in the signature's order; {inputs.Length} are given."),
                nameof(inputs));
        }

        Span<decimal?> stack = stackalloc decimal?[MaxStackDepth];
        Instruction[] code = _code;
        decimal[] constants = _constants;
        int sp = 0;
        int pc = 0;
        try
        {
            for (; pc < code.Length; pc++)
            {
                Instruction instruction = code[pc];
                decimal? a, b;
                switch (instruction.Op)
                {
                    case OpCode.Constant:
                        stack[sp++] = constants[instruction.Argument];
                        break;
                    case OpCode.Load:
                        stack[sp++] = inputs[instruction.Argument];
                        break;
                    case OpCode.Present:
                        stack[sp++] = inputs[instruction.Argument].HasValue ? 1m : 0m;
                        break;
                    case OpCode.Negate:
                        stack[sp - 1] = -stack[sp - 1];
                        break;
                    case OpCode.Not:
                        a = stack[sp - 1];
                        stack[sp - 1] = a.HasValue ? (a.GetValueOrDefault() == 0m ? 1m : 0m) : null;
                        break;
                    case OpCode.Abs:
                        a = stack[sp - 1];
                        stack[sp - 1] = a.HasValue ? Math.Abs(a.GetValueOrDefault()) : null;
                        break;
                    case OpCode.Add:
                        sp--;
                        stack[sp - 1] += stack[sp];
                        break;
                    case OpCode.Subtract:
                        sp--;
                        stack[sp - 1] -= stack[sp];
                        break;
                    case OpCode.Multiply:
                        sp--;
                        stack[sp - 1] *= stack[sp];
                        break;
                    case OpCode.Divide:
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        if (a.HasValue && b.HasValue)
                        {
                            if (b.GetValueOrDefault() == 0m)
                            {
                                return Fault(FormulaProblemCodes.DivisionByZero, pc, inputs);
                            }

                            stack[sp - 1] = a.GetValueOrDefault() / b.GetValueOrDefault();
                        }
                        else
                        {
                            stack[sp - 1] = null;
                        }

                        break;
                    case OpCode.Min:
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        stack[sp - 1] = a.HasValue && b.HasValue ? Math.Min(a.GetValueOrDefault(), b.GetValueOrDefault()) : null;
                        break;
                    case OpCode.Max:
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        stack[sp - 1] = a.HasValue && b.HasValue ? Math.Max(a.GetValueOrDefault(), b.GetValueOrDefault()) : null;
                        break;
                    case OpCode.Round:
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        if (a.HasValue && b.HasValue)
                        {
                            if (!FormulaMachine.IsValidDigits(b.GetValueOrDefault()))
                            {
                                return Fault(FormulaProblemCodes.RoundDigitsInvalid, pc, inputs);
                            }

                            stack[sp - 1] = decimal.Round(a.GetValueOrDefault(), (int)b.GetValueOrDefault(), Rounding.Mode);
                        }
                        else
                        {
                            stack[sp - 1] = null;
                        }

                        break;
                    case OpCode.Less:
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        stack[sp - 1] = a.HasValue && b.HasValue ? (a.GetValueOrDefault() < b.GetValueOrDefault() ? 1m : 0m) : null;
                        break;
                    case OpCode.LessOrEqual:
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        stack[sp - 1] = a.HasValue && b.HasValue ? (a.GetValueOrDefault() <= b.GetValueOrDefault() ? 1m : 0m) : null;
                        break;
                    case OpCode.Greater:
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        stack[sp - 1] = a.HasValue && b.HasValue ? (a.GetValueOrDefault() > b.GetValueOrDefault() ? 1m : 0m) : null;
                        break;
                    case OpCode.GreaterOrEqual:
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        stack[sp - 1] = a.HasValue && b.HasValue ? (a.GetValueOrDefault() >= b.GetValueOrDefault() ? 1m : 0m) : null;
                        break;
                    case OpCode.Equal:
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        stack[sp - 1] = a.HasValue && b.HasValue ? (a.GetValueOrDefault() == b.GetValueOrDefault() ? 1m : 0m) : null;
                        break;
                    case OpCode.NotEqual:
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        stack[sp - 1] = a.HasValue && b.HasValue ? (a.GetValueOrDefault() != b.GetValueOrDefault() ? 1m : 0m) : null;
                        break;
                    case OpCode.Jump:
                        pc = instruction.Argument - 1;
                        break;
                    case OpCode.JumpIfPresent:
                        if (stack[sp - 1].HasValue)
                        {
                            pc = instruction.Argument - 1;
                        }
                        else
                        {
                            sp--;
                        }

                        break;
                    case OpCode.AndJump:
                        if (stack[sp - 1] == 0m)
                        {
                            pc = instruction.Argument - 1;
                        }

                        break;
                    case OpCode.OrJump:
                        if (stack[sp - 1] == 1m)
                        {
                            pc = instruction.Argument - 1;
                        }

                        break;
                    case OpCode.AndCombine:
                        // a is true or absent here: true and b is b; absent and false is false; otherwise absent.
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        stack[sp - 1] = a.HasValue ? b : (b == 0m ? 0m : null);
                        break;
                    case OpCode.OrCombine:
                        // a is false or absent here: false or b is b; absent or true is true; otherwise absent.
                        sp--;
                        a = stack[sp - 1];
                        b = stack[sp];
                        stack[sp - 1] = a.HasValue ? b : (b == 1m ? 1m : null);
                        break;
                    default: // OpCode.Branch
                        a = stack[--sp];
                        if (!a.HasValue)
                        {
                            stack[sp++] = null;
                            pc = instruction.Argument - 2;
                        }
                        else if (a.GetValueOrDefault() == 0m)
                        {
                            pc = instruction.Argument - 1;
                        }

                        break;
                }
            }
        }
        catch (OverflowException)
        {
            return Fault(FormulaProblemCodes.ArithmeticOverflow, pc, inputs);
        }

        return new FormulaOutcome(this, stack[0]);
    }

    /// <summary>Explains one evaluation: the formula with its outcome, then the value of each input it read.</summary>
    /// <param name="inputs">One value per input of <see cref="Signature"/>, in slot order; null for absent.</param>
    /// <returns>Text such as <c>min(150, actual / target * 100) = 120</c> followed by one line per input read, such as <c>  actual = 120</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> does not have one value per input of the signature.</exception>
    public string Explain(ReadOnlySpan<decimal?> inputs)
    {
        FormulaOutcome outcome = Evaluate(inputs);
        var text = new StringBuilder(Formula.Text.Trim()).Append(" = ");
        switch (outcome.Kind)
        {
            case FormulaOutcomeKind.Value:
                text.Append(outcome.Value!.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case FormulaOutcomeKind.NotApplicable:
                text.Append("not applicable");
                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"fault at line {outcome.FaultLine}, column {outcome.FaultColumn}: {outcome.FaultText()}");
                break;
        }

        foreach (int slot in SlotsRead)
        {
            text.AppendLine().Append("  ");
            AppendInput(text, Signature.Names[slot], inputs[slot]);
        }

        return text.ToString();
    }

    /// <summary>Returns the formula's canonical text.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => Formula.ToString();

    internal static void AppendInput(StringBuilder text, string name, decimal? value) =>
        text.Append(FormulaPrinter.Name(name)).Append(" = ")
            .Append(value.HasValue ? value.GetValueOrDefault().ToString(CultureInfo.InvariantCulture) : "not applicable");

    internal (int Line, int Column) Locate(int instruction) => _source.Locate(_code[instruction].Position);

    internal string OperationAt(int instruction) => _code[instruction].Op switch
    {
        OpCode.Add => "+",
        OpCode.Subtract => "-",
        OpCode.Multiply => "*",
        OpCode.Divide => "/",
        OpCode.Round => "round",
        _ => _code[instruction].Op.ToString(),
    };

    private FormulaOutcome Fault(string code, int instruction, ReadOnlySpan<decimal?> inputs) =>
        new(this, code, instruction, inputs.ToArray());
}
