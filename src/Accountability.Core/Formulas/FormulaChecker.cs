using System.Globalization;

namespace Accountability.Formulas;

/// <summary>
/// Checks a parsed tree against a <see cref="FormulaSignature"/>: unknown names and functions, argument counts and
/// types (number or condition), all at once. Recursion is bounded by the tree's depth (<see cref="Formula.MaxDepth"/>).
/// </summary>
internal sealed class FormulaChecker
{
    private readonly FormulaSignature _signature;
    private readonly FormulaSource _source;
    private readonly List<Problem> _problems = [];

    private FormulaChecker(FormulaSignature signature, FormulaSource source)
    {
        _signature = signature;
        _source = source;
    }

    private enum ResultType
    {
        Error,
        Number,
        Condition,
    }

    public static IReadOnlyList<Problem> Check(FormulaNode root, FormulaSignature signature, FormulaSource source)
    {
        var checker = new FormulaChecker(signature, source);
        ResultType type = checker.TypeOf(root);
        if (type == ResultType.Condition)
        {
            checker.Add(root, FormulaProblemCodes.TypeMismatch, Describe(root) + " gives a condition; a formula must give a number.");
        }

        return checker._problems;
    }

    /// <summary>The fixed functions: name, fewest and most arguments (-1: no most).</summary>
    public static (int Fewest, int Most)? Arity(string function) => function switch
    {
        "min" or "max" or "coalesce" => (2, -1),
        "abs" or "present" => (1, 1),
        "round" => (2, 2),
        "clamp" => (3, 3),
        _ => null,
    };

    public const string FunctionList = "abs, clamp, coalesce, max, min, present, round";

    /// <summary>How a message names a node: its operator, function, name or number, quoted.</summary>
    public static string Describe(FormulaNode node) => node.Kind switch
    {
        NodeKind.Number => FormulaSource.Quote(node.Number.ToString(CultureInfo.InvariantCulture)),
        NodeKind.Name => FormulaSource.Quote(FormulaPrinter.Name(node.Name!)),
        NodeKind.Call => FormulaSource.Quote(node.Name!),
        _ => FormulaSource.Quote(FormulaPrinter.Symbol(node.Kind)),
    };

    private void Add(FormulaNode node, string code, string message, object? attemptedValue = null) =>
        _problems.Add(_source.Error(node.Position, code, message, attemptedValue));

    private void Need(FormulaNode node, ResultType type, ResultType needed)
    {
        if (type == ResultType.Error || type == needed)
        {
            return;
        }

        Add(
            node,
            FormulaProblemCodes.TypeMismatch,
            needed == ResultType.Number
                ? Describe(node) + " gives a condition where a number is needed."
                : Describe(node) + " gives a number where a condition is needed.");
    }

    private ResultType Operand(FormulaNode node, ResultType needed)
    {
        Need(node, TypeOf(node), needed);
        return needed;
    }

    private ResultType TypeOf(FormulaNode node)
    {
        FormulaNode[] c = node.Children;
        switch (node.Kind)
        {
            case NodeKind.Number:
                return ResultType.Number;
            case NodeKind.Name:
                if (_signature.SlotOf(node.Name!) < 0)
                {
                    Add(node, FormulaProblemCodes.UnknownName, Describe(node) + " is not a known name; " + Known() + ".", node.Name);
                    return ResultType.Error;
                }

                return ResultType.Number;
            case NodeKind.Negate:
                return Operand(c[0], ResultType.Number);
            case NodeKind.Not:
                return Operand(c[0], ResultType.Condition);
            case NodeKind.Add or NodeKind.Subtract or NodeKind.Multiply or NodeKind.Divide:
                Operand(c[0], ResultType.Number);
                return Operand(c[1], ResultType.Number);
            case NodeKind.Less or NodeKind.LessOrEqual or NodeKind.Greater or NodeKind.GreaterOrEqual:
                Operand(c[0], ResultType.Number);
                Operand(c[1], ResultType.Number);
                return ResultType.Condition;
            case NodeKind.And or NodeKind.Or:
                Operand(c[0], ResultType.Condition);
                return Operand(c[1], ResultType.Condition);
            case NodeKind.Equal or NodeKind.NotEqual:
                ResultType left = TypeOf(c[0]);
                ResultType right = TypeOf(c[1]);
                if (left != ResultType.Error && right != ResultType.Error && left != right)
                {
                    Add(node, FormulaProblemCodes.TypeMismatch, Describe(node) + " compares a number with a condition.");
                }

                return ResultType.Condition;
            case NodeKind.Conditional:
                Operand(c[0], ResultType.Condition);
                ResultType then = TypeOf(c[1]);
                ResultType otherwise = TypeOf(c[2]);
                if (then == ResultType.Error || otherwise == ResultType.Error)
                {
                    return ResultType.Error;
                }

                if (then != otherwise)
                {
                    Add(
                        node,
                        FormulaProblemCodes.TypeMismatch,
                        then == ResultType.Number
                            ? "the branches of 'if' differ: 'then' gives a number and 'else' a condition."
                            : "the branches of 'if' differ: 'then' gives a condition and 'else' a number.");
                    return ResultType.Error;
                }

                return then;
            default:
                return CallType(node);
        }
    }

    private ResultType CallType(FormulaNode node)
    {
        string function = node.Name!;
        FormulaNode[] arguments = node.Children;
        (int Fewest, int Most)? arity = Arity(function);
        if (arity is not { } bounds)
        {
            Add(node, FormulaProblemCodes.UnknownFunction, Describe(node) + " is not a function; the functions are " + FunctionList + ".", function);
            foreach (FormulaNode argument in arguments)
            {
                TypeOf(argument);
            }

            return ResultType.Error;
        }

        bool countOk = arguments.Length >= bounds.Fewest && (bounds.Most < 0 || arguments.Length <= bounds.Most);
        if (!countOk)
        {
            string takes = bounds.Most < 0
                ? string.Create(CultureInfo.InvariantCulture, $"at least {bounds.Fewest} arguments")
                : bounds.Fewest == 1 ? "1 argument" : string.Create(CultureInfo.InvariantCulture, $"{bounds.Fewest} arguments");
            Add(
                node,
                FormulaProblemCodes.ArgumentCount,
                string.Create(CultureInfo.InvariantCulture, $"{Describe(node)} takes {takes}; it is given {arguments.Length}."),
                arguments.Length);
        }

        if (function == "present")
        {
            foreach (FormulaNode argument in arguments)
            {
                if (argument.Kind != NodeKind.Name)
                {
                    Add(argument, FormulaProblemCodes.PresentNeedsName, "'present' takes the name of an input, such as present(self); it is given " + Describe(argument) + ".");
                }

                TypeOf(argument);
            }

            return countOk ? ResultType.Condition : ResultType.Error;
        }

        foreach (FormulaNode argument in arguments)
        {
            Operand(argument, ResultType.Number);
        }

        if (function == "round" && arguments.Length == 2 && arguments[1].Kind == NodeKind.Number && !FormulaMachine.IsValidDigits(arguments[1].Number))
        {
            Add(
                arguments[1],
                FormulaProblemCodes.RoundDigitsInvalid,
                "the digits of 'round' must be a whole number from 0 to 28; they are " + arguments[1].Number.ToString(CultureInfo.InvariantCulture) + ".",
                arguments[1].Number);
        }

        return countOk ? ResultType.Number : ResultType.Error;
    }

    private string Known()
    {
        IReadOnlyList<string> names = _signature.Names;
        if (names.Count == 0)
        {
            return "no names are available to this formula";
        }

        const int Shown = 20;
        string list = string.Join(", ", names.Take(Shown).Select(FormulaPrinter.Name));
        return "the names are " + list + (names.Count > Shown ? ", …" : string.Empty);
    }
}
