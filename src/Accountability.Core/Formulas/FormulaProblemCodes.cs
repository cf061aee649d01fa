namespace Accountability.Formulas;

/// <summary>The stable codes of the problems the formula language reports (see <see cref="Problem.Code"/>).</summary>
/// <remarks>
/// Codes for loading (parsing and checking) a <see cref="Formula"/> are errors in configuration; the fault codes
/// (<see cref="DivisionByZero"/>, <see cref="ArithmeticOverflow"/>, <see cref="RoundDigitsInvalid"/> at evaluation)
/// name the <see cref="FormulaOutcome.FaultCode"/> of one evaluation.
/// </remarks>
public static class FormulaProblemCodes
{
    /// <summary>The formula text is longer than <see cref="Formula.MaxLength"/> characters.</summary>
    public const string FormulaTooLong = "formula-too-long";

    /// <summary>The formula nests deeper than <see cref="Formula.MaxDepth"/> levels.</summary>
    public const string FormulaTooDeep = "formula-too-deep";

    /// <summary>The text has a character that is not part of the language.</summary>
    public const string UnexpectedCharacter = "unexpected-character";

    /// <summary>The text does not follow the grammar: something else was expected at a position.</summary>
    public const string SyntaxError = "syntax-error";

    /// <summary>A number is malformed (such as <c>1.</c>) or beyond the range of <see cref="decimal"/>.</summary>
    public const string NumberInvalid = "number-invalid";

    /// <summary>A bracketed name such as <c>[on-time-delivery]</c> is unterminated or not a valid identifier.</summary>
    public const string NameInvalid = "name-invalid";

    /// <summary>A name is not in the signature the formula is checked against.</summary>
    public const string UnknownName = "unknown-name";

    /// <summary>A function is not one of the language's functions.</summary>
    public const string UnknownFunction = "unknown-function";

    /// <summary>A function is called with the wrong number of arguments.</summary>
    public const string ArgumentCount = "argument-count";

    /// <summary>A condition is used where a number is needed, or a number where a condition is needed.</summary>
    public const string TypeMismatch = "type-mismatch";

    /// <summary>The argument of <c>present</c> is not a name.</summary>
    public const string PresentNeedsName = "present-needs-name";

    /// <summary>The digits of <c>round(x, digits)</c> are not a whole number from 0 to 28 (at load, or as a fault at evaluation).</summary>
    public const string RoundDigitsInvalid = "round-digits-invalid";

    /// <summary>A fault at evaluation: a division by zero.</summary>
    public const string DivisionByZero = "division-by-zero";

    /// <summary>A fault at evaluation: a result beyond the range of <see cref="decimal"/>.</summary>
    public const string ArithmeticOverflow = "arithmetic-overflow";
}
