using System.Globalization;
using System.Text;

namespace Accountability.Formulas;

/// <summary>
/// The result of one evaluation of a <see cref="CompiledFormula"/>: a number, not applicable, or a fault that names
/// the formula, the operation and its position, and the inputs' values.
/// </summary>
/// <remarks>
/// An immutable value. A number or not-applicable outcome allocates nothing; a fault keeps a copy of the inputs, and
/// its text (<see cref="ToString"/>, <see cref="ToProblem"/>) is made only when asked.
/// </remarks>
public readonly struct FormulaOutcome : IEquatable<FormulaOutcome>
{
    private readonly CompiledFormula? _formula;
    private readonly decimal _value;
    private readonly string? _faultCode;
    private readonly int _instruction;
    private readonly decimal?[]? _inputs;

    internal FormulaOutcome(CompiledFormula formula, decimal? value)
    {
        _formula = formula;
        Kind = value.HasValue ? FormulaOutcomeKind.Value : FormulaOutcomeKind.NotApplicable;
        _value = value.GetValueOrDefault();
    }

    internal FormulaOutcome(CompiledFormula formula, string faultCode, int instruction, decimal?[] inputs)
    {
        _formula = formula;
        Kind = FormulaOutcomeKind.Fault;
        _faultCode = faultCode;
        _instruction = instruction;
        _inputs = inputs;
    }

    /// <summary>Gets how the evaluation ended.</summary>
    public FormulaOutcomeKind Kind { get; }

    /// <summary>Gets the number the formula gave, or null when it is not applicable or a fault.</summary>
    public decimal? Value => Kind == FormulaOutcomeKind.Value ? _value : null;

    /// <summary>
    /// Gets the fault's code (<see cref="FormulaProblemCodes.DivisionByZero"/>, <see cref="FormulaProblemCodes.ArithmeticOverflow"/>
    /// or <see cref="FormulaProblemCodes.RoundDigitsInvalid"/>), or null when there is no fault.
    /// </summary>
    public string? FaultCode => _faultCode;

    /// <summary>Gets the operation that failed as written in the formula (<c>/</c>, <c>+</c>, <c>round</c>…), or null when there is no fault.</summary>
    public string? FaultOperation => _faultCode is null ? null : _formula!.OperationAt(_instruction);

    /// <summary>Gets the line (1-based) of the operation that failed, or 0 when there is no fault.</summary>
    public int FaultLine => _faultCode is null ? 0 : _formula!.Locate(_instruction).Line;

    /// <summary>Gets the column (1-based, in UTF-16 code units) of the operation that failed, or 0 when there is no fault.</summary>
    public int FaultColumn => _faultCode is null ? 0 : _formula!.Locate(_instruction).Column;

    /// <summary>Compares two outcomes: same kind and value, or the same fault of the same formula at the same place.</summary>
    public static bool operator ==(FormulaOutcome left, FormulaOutcome right) => left.Equals(right);

    /// <summary>Compares two outcomes for inequality.</summary>
    public static bool operator !=(FormulaOutcome left, FormulaOutcome right) => !left.Equals(right);

    /// <summary>Describes the fault as a problem at <paramref name="path"/>, with the fault's code and the inputs as the attempted value.</summary>
    /// <param name="path">Where the formula is configured, such as <c>criteria[2].formula</c>.</param>
    /// <returns>The problem, or null when the outcome is not a fault.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public Problem? ToProblem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (_faultCode is null)
        {
            return null;
        }

        return new Problem(path, _faultCode, ToString(), ProblemSeverity.Error, InputsText());
    }

    /// <inheritdoc/>
    public bool Equals(FormulaOutcome other) =>
        Kind == other.Kind && _value == other._value && ReferenceEquals(_formula, other._formula)
        && string.Equals(_faultCode, other._faultCode, StringComparison.Ordinal) && _instruction == other._instruction;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FormulaOutcome other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _value, _faultCode, _instruction);

    /// <summary>Describes the outcome: the number, <c>not applicable</c>, or the fault with the formula, operation, position and inputs.</summary>
    /// <returns>A sentence for people.</returns>
    public override string ToString()
    {
        switch (Kind)
        {
            case FormulaOutcomeKind.Value:
                return _value.ToString(CultureInfo.InvariantCulture);
            case FormulaOutcomeKind.NotApplicable:
                return "not applicable";
            default:
                (int line, int column) = _formula!.Locate(_instruction);
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"The formula {FormulaSource.Quote(_formula.Formula.Text, 80)} fails at line {line}, column {column}: {FaultText()}; inputs: {InputsText()}.");
        }
    }

    /// <summary>The fault in words, such as <c>division by zero ('/')</c>.</summary>
    internal string FaultText()
    {
        string operation = FormulaSource.Quote(_formula!.OperationAt(_instruction));
        return _faultCode switch
        {
            FormulaProblemCodes.DivisionByZero => "division by zero (" + operation + ")",
            FormulaProblemCodes.ArithmeticOverflow => "the result of " + operation + " is beyond the range of decimal",
            _ => "the digits of " + operation + " are not a whole number from 0 to 28",
        };
    }

    private string InputsText()
    {
        int[] slots = _formula!.SlotsRead;
        if (slots.Length == 0)
        {
            return "none";
        }

        var text = new StringBuilder();
        foreach (int slot in slots)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            CompiledFormula.AppendInput(text, _formula.Signature.Names[slot], _inputs![slot]);
        }

        return text.ToString();
    }
}
