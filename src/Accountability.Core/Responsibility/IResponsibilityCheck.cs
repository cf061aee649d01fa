namespace Accountability.Responsibility;

/// <summary>
/// A rule a <see cref="ResponsibilityMatrix"/> must follow, run by <see cref="ResponsibilityChecks"/> beside the
/// built-in ones. Integrators implement it to add their own rules.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe and deterministic: the same matrix and date give the same problems in
/// the same order, whatever the order in which items and parties were added (iterate in identifier order).
/// A check reports what it finds as <see cref="Problem"/>s; an exception it throws is a fault, reported as an
/// <see cref="AccountabilityException"/> naming the check (<c>check-fault</c>), never as a problem of the matrix.
/// </remarks>
public interface IResponsibilityCheck
{
    /// <summary>The check's name, unique among the checks run together, such as <c>sales-director-signs</c>.</summary>
    string Name { get; }

    /// <summary>Checks the matrix in <paramref name="context"/>.</summary>
    /// <param name="context">The matrix, the evaluation date and the options.</param>
    /// <returns>The problems found; empty when the rule holds.</returns>
    IEnumerable<Problem> Check(ResponsibilityCheckContext context);
}
