using Accountability.Formulas;

namespace Accountability.Tests.Formulas;

/// <summary>
/// The formula language's meaning written directly in C#, recursively over the tree (bounded-depth trees only):
/// absent propagates, three-valued short-circuit logic, lazy coalesce, C#'s own decimal operators for faults.
/// </summary>
internal static class ReferenceEvaluator
{
    /// <summary>Returns the fault code, or null and the value (null when not applicable).</summary>
    public static (string? Fault, decimal? Value) Evaluate(FormulaNode node, IReadOnlyList<string> names, decimal?[] inputs)
    {
        try
        {
            return (null, Number(node, names, inputs));
        }
        catch (DivideByZeroException)
        {
            return (FormulaProblemCodes.DivisionByZero, null);
        }
        catch (OverflowException)
        {
            return (FormulaProblemCodes.ArithmeticOverflow, null);
        }
        catch (ArgumentOutOfRangeException)
        {
            return (FormulaProblemCodes.RoundDigitsInvalid, null);
        }
    }

    private static decimal? Number(FormulaNode node, IReadOnlyList<string> names, decimal?[] inputs)
    {
        FormulaNode[] c = node.Children;
        switch (node.Kind)
        {
            case NodeKind.Number:
                return node.Number;
            case NodeKind.Name:
                return inputs[IndexOf(names, node.Name!)];
            case NodeKind.Negate:
                return -Number(c[0], names, inputs);
            case NodeKind.Add:
            case NodeKind.Subtract:
            case NodeKind.Multiply:
            case NodeKind.Divide:
                decimal? left = Number(c[0], names, inputs);
                decimal? right = Number(c[1], names, inputs);
                if (left is not { } l || right is not { } r)
                {
                    return null;
                }

                return node.Kind switch
                {
                    NodeKind.Add => l + r,
                    NodeKind.Subtract => l - r,
                    NodeKind.Multiply => l * r,
                    _ => l / r,
                };
            case NodeKind.Conditional:
                bool? test = Condition(c[0], names, inputs);
                return test is null ? null : test.Value ? Number(c[1], names, inputs) : Number(c[2], names, inputs);
            default:
                decimal?[] args;
                switch (node.Name)
                {
                    case "coalesce":
                        foreach (FormulaNode argument in c)
                        {
                            if (Number(argument, names, inputs) is { } value)
                            {
                                return value;
                            }
                        }

                        return null;
                    case "abs":
                        return Number(c[0], names, inputs) is { } x ? Math.Abs(x) : null;
                    case "round":
                        decimal? v = Number(c[0], names, inputs);
                        decimal? d = Number(c[1], names, inputs);
                        if (v is null || d is null)
                        {
                            return null;
                        }

                        if (d.Value != decimal.Truncate(d.Value) || d.Value < 0m || d.Value > 28m)
                        {
                            throw new ArgumentOutOfRangeException(nameof(node), "round digits");
                        }

                        return Rounding.Round(v.Value, (int)d.Value);
                    case "clamp":
                        args = [.. c.Select(a => Number(a, names, inputs))];
                        return args.Any(a => a is null) ? null : Math.Min(Math.Max(args[0]!.Value, args[1]!.Value), args[2]!.Value);
                    default:
                        args = [.. c.Select(a => Number(a, names, inputs))];
                        if (args.Any(a => a is null))
                        {
                            return null;
                        }

                        return node.Name == "min" ? args.Min() : args.Max();
                }
        }
    }

    private static bool? Condition(FormulaNode node, IReadOnlyList<string> names, decimal?[] inputs)
    {
        FormulaNode[] c = node.Children;
        switch (node.Kind)
        {
            case NodeKind.Not:
                return !Condition(c[0], names, inputs);
            case NodeKind.And:
                bool? a = Condition(c[0], names, inputs);
                if (a == false)
                {
                    return false;
                }

                bool? b = Condition(c[1], names, inputs);
                return a == true ? b : (b == false ? false : null);
            case NodeKind.Or:
                bool? x = Condition(c[0], names, inputs);
                if (x == true)
                {
                    return true;
                }

                bool? y = Condition(c[1], names, inputs);
                return x == false ? y : (y == true ? true : null);
            case NodeKind.Conditional:
                bool? test = Condition(c[0], names, inputs);
                return test is null ? null : test.Value ? Condition(c[1], names, inputs) : Condition(c[2], names, inputs);
            case NodeKind.Call:
                return inputs[IndexOf(names, c[0].Name!)].HasValue;
            case NodeKind.Equal or NodeKind.NotEqual when IsCondition(c[0]):
                bool? p = Condition(c[0], names, inputs);
                bool? q = Condition(c[1], names, inputs);
                if (p is null || q is null)
                {
                    return null;
                }

                return node.Kind == NodeKind.Equal ? p == q : p != q;
            default:
                decimal? l = Number(c[0], names, inputs);
                decimal? r = Number(c[1], names, inputs);
                if (l is null || r is null)
                {
                    return null;
                }

                return node.Kind switch
                {
                    NodeKind.Less => l < r,
                    NodeKind.LessOrEqual => l <= r,
                    NodeKind.Greater => l > r,
                    NodeKind.GreaterOrEqual => l >= r,
                    NodeKind.Equal => l == r,
                    _ => l != r,
                };
        }
    }

    private static bool IsCondition(FormulaNode node) => node.Kind switch
    {
        NodeKind.Not or NodeKind.And or NodeKind.Or or NodeKind.Less or NodeKind.LessOrEqual or NodeKind.Greater
            or NodeKind.GreaterOrEqual or NodeKind.Equal or NodeKind.NotEqual => true,
        NodeKind.Call => node.Name == "present",
        NodeKind.Conditional => IsCondition(node.Children[1]),
        _ => false,
    };

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException("Unknown name " + name);
    }
}
