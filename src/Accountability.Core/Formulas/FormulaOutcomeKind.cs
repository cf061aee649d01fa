namespace Accountability.Formulas;

/// <summary>How one evaluation of a <see cref="CompiledFormula"/> ended.</summary>
public enum FormulaOutcomeKind
{
    /// <summary>The formula gave a number (<see cref="FormulaOutcome.Value"/>).</summary>
    Value = 0,

    /// <summary>The formula gave no number because an input it needed was absent (not applicable).</summary>
    NotApplicable = 1,

    /// <summary>The formula could not be evaluated for these inputs: a division by zero, an overflow or invalid rounding digits.</summary>
    Fault = 2,
}
