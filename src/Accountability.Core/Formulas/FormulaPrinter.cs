using System.Globalization;
using System.Text;

namespace Accountability.Formulas;

/// <summary>
/// Prints a tree as canonical text: single spaces around binary operators and after commas, the fewest parentheses
/// that keep the tree (plus parentheses around a conditional used as a condition or a then-branch, for reading),
/// plain names where the plain syntax allows and <c>[name]</c> otherwise. Parsing the text gives the same tree.
/// </summary>
internal static class FormulaPrinter
{
    public const int ConditionalLevel = 0;
    public const int UnaryLevel = 7;
    public const int PrimaryLevel = 8;

    public static string Print(FormulaNode node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    public static int Level(NodeKind kind) => kind switch
    {
        NodeKind.Conditional => ConditionalLevel,
        NodeKind.Or => 1,
        NodeKind.And => 2,
        NodeKind.Equal or NodeKind.NotEqual => 3,
        NodeKind.Less or NodeKind.LessOrEqual or NodeKind.Greater or NodeKind.GreaterOrEqual => 4,
        NodeKind.Add or NodeKind.Subtract => 5,
        NodeKind.Multiply or NodeKind.Divide => 6,
        NodeKind.Negate or NodeKind.Not => UnaryLevel,
        _ => PrimaryLevel,
    };

    public static string Symbol(NodeKind kind) => kind switch
    {
        NodeKind.Or => "or",
        NodeKind.And => "and",
        NodeKind.Equal => "==",
        NodeKind.NotEqual => "!=",
        NodeKind.Less => "<",
        NodeKind.LessOrEqual => "<=",
        NodeKind.Greater => ">",
        NodeKind.GreaterOrEqual => ">=",
        NodeKind.Add => "+",
        NodeKind.Subtract => "-",
        NodeKind.Multiply => "*",
        NodeKind.Divide => "/",
        NodeKind.Negate => "-",
        NodeKind.Not => "not",
        NodeKind.Conditional => "if",
        _ => string.Empty,
    };

    /// <summary>Writes a name as the language reads it: plain when it can be, <c>[name]</c> otherwise.</summary>
    public static string Name(string name) => IsPlainName(name) ? name : "[" + name + "]";

    public static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return name is not ("and" or "or" or "not" or "if" or "then" or "else");
    }

    private static void Write(StringBuilder text, FormulaNode node)
    {
        switch (node.Kind)
        {
            case NodeKind.Number:
                text.Append(node.Number.ToString(CultureInfo.InvariantCulture));
                break;
            case NodeKind.Name:
                text.Append(Name(node.Name!));
                break;
            case NodeKind.Negate:
            case NodeKind.Not:
                text.Append(Symbol(node.Kind));
                FormulaNode operand = node.Children[0];
                bool wrap = Level(operand.Kind) < UnaryLevel;
                if (node.Kind == NodeKind.Not || (!wrap && operand.Kind == NodeKind.Negate) || (!wrap && operand.Kind == NodeKind.Number && operand.Number < 0))
                {
                    text.Append(' ');
                }

                WriteOperand(text, operand, wrap);
                break;
            case NodeKind.Call:
                text.Append(Name(node.Name!)).Append('(');
                for (int i = 0; i < node.Children.Length; i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }

                    Write(text, node.Children[i]);
                }

                text.Append(')');
                break;
            case NodeKind.Conditional:
                text.Append("if ");
                WriteOperand(text, node.Children[0], node.Children[0].Kind == NodeKind.Conditional);
                text.Append(" then ");
                WriteOperand(text, node.Children[1], node.Children[1].Kind == NodeKind.Conditional);
                text.Append(" else ");
                Write(text, node.Children[2]);
                break;
            default:
                int level = Level(node.Kind);
                WriteOperand(text, node.Children[0], Level(node.Children[0].Kind) < level);
                text.Append(' ').Append(Symbol(node.Kind)).Append(' ');
                WriteOperand(text, node.Children[1], Level(node.Children[1].Kind) <= level);
                break;
        }
    }

    private static void WriteOperand(StringBuilder text, FormulaNode node, bool parenthesise)
    {
        if (parenthesise)
        {
            text.Append('(');
        }

        Write(text, node);
        if (parenthesise)
        {
            text.Append(')');
        }
    }
}
