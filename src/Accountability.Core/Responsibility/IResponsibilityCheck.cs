using NodaTime;

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

/// <summary>What a <see cref="IResponsibilityCheck"/> is given: the matrix, the evaluation date and the options.</summary>
/// <remarks>Immutable and thread-safe. Members may be added in later versions.</remarks>
public sealed class ResponsibilityCheckContext
{
    internal ResponsibilityCheckContext(ResponsibilityMatrix matrix, LocalDate on, ResponsibilityOptions options)
    {
        Matrix = matrix;
        On = on;
        Options = options;
    }

    /// <summary>The matrix being checked.</summary>
    public ResponsibilityMatrix Matrix { get; }

    /// <summary>The evaluation date: roles are resolved to the people holding them that day.</summary>
    public LocalDate On { get; }

    /// <summary>The configured limits.</summary>
    public ResponsibilityOptions Options { get; }

    /// <summary>Returns the problem path of a work item, such as <c>items[call-on-hospitals]</c>.</summary>
    /// <param name="item">The work item.</param>
    /// <returns>The path.</returns>
    public static string PathOf(WorkItemId item) => ProblemPath.Key("items", item.Value);

    /// <summary>Returns the problem path of a party, such as <c>parties[sales-director]</c>.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The path.</returns>
    public static string PathOf(PartyId party) => ProblemPath.Key("parties", party.Value);

    /// <summary>Returns the problem path of a cell, such as <c>items[call-on-hospitals].parties[rep-li]</c>.</summary>
    /// <param name="item">The work item.</param>
    /// <param name="party">The party.</param>
    /// <returns>The path.</returns>
    public static string PathOf(WorkItemId item, PartyId party) => ProblemPath.Join(PathOf(item), PathOf(party));
}
