using NodaTime;

namespace Accountability.Responsibility;

/// <summary>What a <see cref="IResponsibilityCheck"/> is given: the matrix, the evaluation date and the options.</summary>
/// <remarks>Immutable and thread-safe. Members may be added in later versions.</remarks>
public sealed class ResponsibilityCheckContext
{
    internal ResponsibilityCheckContext(MatrixOnDate day, ResponsibilityOptions options)
    {
        Day = day;
        Matrix = day.Matrix;
        On = day.On;
        Options = options;
    }

    /// <summary>The matrix being checked.</summary>
    public ResponsibilityMatrix Matrix { get; }

    /// <summary>The evaluation date: roles are resolved to the people holding them that day.</summary>
    public LocalDate On { get; }

    /// <summary>The configured limits.</summary>
    public ResponsibilityOptions Options { get; }

    /// <summary>The matrix resolved on <see cref="On"/>: holders and memberships computed once for every check.</summary>
    internal MatrixOnDate Day { get; }

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
