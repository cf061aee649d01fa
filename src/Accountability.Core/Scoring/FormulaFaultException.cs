using Accountability.Formulas;

namespace Accountability.Scoring;

/// <summary>
/// Thrown by a formula's scorer when the formula faults for one subject's values (division by zero, overflow, invalid
/// rounding digits). The evaluator turns it into that subject's fault report; batch scoring records it and goes on.
/// </summary>
internal sealed class FormulaFaultException : Exception
{
    public FormulaFaultException()
    {
    }

    public FormulaFaultException(string message)
        : base(message)
    {
    }

    public FormulaFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FormulaFaultException(FormulaOutcome outcome)
        : base(outcome.ToString()) => Outcome = outcome;

    /// <summary>The faulted outcome: the formula, the operation, its position and the inputs.</summary>
    public FormulaOutcome Outcome { get; }
}
