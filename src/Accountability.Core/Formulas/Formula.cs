using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace Accountability.Formulas;

/// <summary>
/// A parsed formula of the library's small, safe, exact expression language: arithmetic on <see cref="decimal"/>
/// numbers, comparisons, logic, one conditional and a fixed set of functions, nothing else (no loops, no member
/// access, no way to reach a .NET type). Parse it, <see cref="Check"/> or <see cref="Compile"/> it against a
/// <see cref="FormulaSignature"/> when the configuration is loaded, then evaluate the compiled form per subject.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. <see cref="Text"/> is the text as written; <see cref="ToString"/> prints the
/// canonical text, which parses back to the same tree.</para>
/// <para><b>Grammar</b> (EBNF; white space is space, tab, carriage return and line feed, allowed between tokens):</para>
/// <code>
/// formula        = conditional ;
/// conditional    = "if" conditional "then" conditional "else" conditional
///                | or ;
/// or             = and { "or" and } ;
/// and            = equality { "and" equality } ;
/// equality       = relational { ( "==" | "!=" ) relational } ;
/// relational     = additive { ( "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ) additive } ;
/// additive       = multiplicative { ( "+" | "-" ) multiplicative } ;
/// multiplicative = unary { ( "*" | "/" ) unary } ;
/// unary          = ( "-" | "not" ) unary | primary ;
/// primary        = number | name | call | "(" conditional ")" ;
/// call           = plain-name "(" [ conditional { "," conditional } ] ")" ;
/// name           = plain-name | "[" bracketed-name "]" ;
/// plain-name     = ( letter | "_" ) { letter | digit | "_" } ;   (* ASCII; not a keyword *)
/// bracketed-name = any characters but "]" and line breaks, a valid identifier ;   (* [on-time-delivery] *)
/// number         = digit { digit } [ "." digit { digit } ] ;   (* invariant, no sign, no exponent *)
/// keyword        = "if" | "then" | "else" | "and" | "or" | "not" ;
/// </code>
/// <para>Precedence from lowest to highest is as in C#: the conditional (right-associative: the <c>else</c> branch
/// extends as far as it can), <c>or</c>, <c>and</c>, <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>,
/// <c>* /</c>, unary <c>-</c> and <c>not</c>; binary operators are left-associative. A conditional that is the
/// operand of an operator must be put in parentheses (<c>1 + (if a &gt; 0 then a else 0)</c>).</para>
/// <para><b>Types.</b> Every name is a number; comparisons, <c>and</c>, <c>or</c>, <c>not</c> and <c>present</c> give
/// conditions. A condition where a number is needed (or the reverse) is an error at <see cref="Check"/>. <c>==</c> and
/// <c>!=</c> compare two numbers or two conditions. A formula must give a number.</para>
/// <para><b>Functions</b>: <c>min(a, b, …)</c> and <c>max(a, b, …)</c> (two or more arguments), <c>abs(x)</c>,
/// <c>round(x, digits)</c> (digits a whole number 0–28, half away from zero as <see cref="Rounding.Mode"/>),
/// <c>clamp(x, lo, hi)</c> (= <c>min(max(x, lo), hi)</c>), <c>present(name)</c> (true when the input is present) and
/// <c>coalesce(a, b, …)</c> (the first present argument; later arguments are not evaluated).</para>
/// <para><b>Absent inputs</b> (not applicable, null in the inputs span) propagate: arithmetic, functions and comparisons
/// with an absent operand are absent. <c>and</c>/<c>or</c> follow three-valued logic and short-circuit (<c>false and x</c>
/// is false, <c>true or x</c> is true, whatever x is; <c>not</c> of absent is absent); a conditional whose condition is
/// absent is absent. A formula whose result is absent is <see cref="FormulaOutcomeKind.NotApplicable"/>.
/// Typical guards: <c>if present(self) then (goals + manager + self) / 3 else (goals + manager) / 2</c>,
/// <c>coalesce(self, 0)</c>.</para>
/// <para><b>Faults.</b> Division by zero, a result beyond <see cref="decimal"/> and invalid rounding digits end the
/// evaluation as a <see cref="FormulaOutcomeKind.Fault"/> outcome (operands are evaluated left to right; an absent operand
/// wins over a zero divisor).</para>
/// <para><b>Limits.</b> At most <see cref="MaxLength"/> characters and <see cref="MaxDepth"/> levels of nesting
/// (parentheses, operands of operators, arguments, conditionals — a chain <c>a + b + c</c> nests one level per operator).
/// Beyond them loading fails with <see cref="FormulaProblemCodes.FormulaTooLong"/> or
/// <see cref="FormulaProblemCodes.FormulaTooDeep"/>; nothing in the library recurses deeper than the limits.</para>
/// <para><b>Problems</b> have the path given at load (default <c>formula</c>) keyed by the position, such as
/// <c>formula[line 1, column 7]</c>, and a message that starts with <c>Line 1, column 7: </c>. Lines and columns are 1-based;
/// columns count UTF-16 code units.</para>
/// </remarks>
public sealed class Formula
{
    /// <summary>The longest formula text accepted, in UTF-16 code units.</summary>
    public const int MaxLength = 10_000;

    /// <summary>The deepest nesting accepted (see the remarks of <see cref="Formula"/>).</summary>
    public const int MaxDepth = 256;

    /// <summary>The path of problems when no other is given.</summary>
    public const string DefaultPath = "formula";

    private string? _canonical;
    private IReadOnlyList<string>? _names;

    private Formula(string text, FormulaNode root)
    {
        Text = text;
        Root = root;
    }

    /// <summary>Gets the text as written.</summary>
    public string Text { get; }

    /// <summary>
    /// Gets the names the formula reads (as inputs or in <c>present</c>), each once, in the order they first appear —
    /// for a host to bind only what is used, or to order formulas that read each other's results.
    /// </summary>
    public IReadOnlyList<string> Names => _names ??= CollectNames(Root); // a benign race: every thread collects the same list

    internal FormulaNode Root { get; }

    /// <summary>Parses a formula.</summary>
    /// <param name="text">The formula's text.</param>
    /// <param name="path">The path of any problem, such as <c>criteria[2].formula</c>; positions are added as keys.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="AccountabilityException">The text is not a formula; every problem found is carried.</exception>
    public static Formula Parse(string text, string path = DefaultPath)
    {
        if (!TryParse(text, path, out Formula? formula, out IReadOnlyList<Problem> problems))
        {
            throw new AccountabilityException(problems);
        }

        return formula;
    }

    /// <summary>Parses a formula without throwing for bad text.</summary>
    /// <param name="text">The formula's text.</param>
    /// <param name="formula">The formula, when the text is one.</param>
    /// <param name="problems">Every problem found; empty when the text is a formula.</param>
    /// <returns><see langword="true"/> when the text is a formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, [NotNullWhen(true)] out Formula? formula, out IReadOnlyList<Problem> problems) =>
        TryParse(text, DefaultPath, out formula, out problems);

    /// <summary>Parses a formula without throwing for bad text.</summary>
    /// <param name="text">The formula's text.</param>
    /// <param name="path">The path of any problem, such as <c>criteria[2].formula</c>; positions are added as keys.</param>
    /// <param name="formula">The formula, when the text is one.</param>
    /// <param name="problems">Every problem found; empty when the text is a formula.</param>
    /// <returns><see langword="true"/> when the text is a formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="path"/> is null.</exception>
    public static bool TryParse(string text, string path, [NotNullWhen(true)] out Formula? formula, out IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        FormulaNode? root = FormulaParser.Parse(new FormulaSource(text, path), out problems);
        formula = root is null ? null : new Formula(text, root);
        return formula is not null;
    }

    /// <summary>Checks the formula against a signature: unknown names and functions, argument counts, types; all at once.</summary>
    /// <param name="signature">The inputs available.</param>
    /// <param name="path">The path of any problem; positions are added as keys.</param>
    /// <returns>Every problem found; empty when the formula can be compiled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signature"/> or <paramref name="path"/> is null.</exception>
    public IReadOnlyList<Problem> Check(FormulaSignature signature, string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(path);
        return FormulaChecker.Check(Root, signature, new FormulaSource(Text, path));
    }

    /// <summary>Checks the formula against a signature and compiles it for evaluation.</summary>
    /// <param name="signature">The inputs available.</param>
    /// <param name="path">The path of any problem; positions are added as keys.</param>
    /// <returns>The compiled formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signature"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="AccountabilityException">The check found problems; all are carried.</exception>
    public CompiledFormula Compile(FormulaSignature signature, string path = DefaultPath)
    {
        AccountabilityException.ThrowIfAnyError(Check(signature, path));
        return FormulaMachine.Compile(this, signature);
    }

    private static ReadOnlyCollection<string> CollectNames(FormulaNode root)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FormulaNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            FormulaNode node = pending.Pop();
            if (node.Kind == NodeKind.Name && seen.Add(node.Name!))
            {
                names.Add(node.Name!);
            }

            for (int i = node.Children.Length - 1; i >= 0; i--)
            {
                pending.Push(node.Children[i]);
            }
        }

        return names.AsReadOnly();
    }

    /// <summary>Returns the canonical text: parsing it gives the same tree.</summary>
    /// <returns>The canonical text, such as <c>min(150, actual / target * 100)</c>.</returns>
    public override string ToString() => _canonical ??= FormulaPrinter.Print(Root); // a benign race: every thread prints the same text
}
