using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Tests.Responsibility;

/// <summary>Small matrices shared by the responsibility tests.</summary>
internal static class Fixture
{
    public static readonly LocalDate Jan1 = new(2026, 1, 1);
    public static readonly LocalDate Mar31 = new(2026, 3, 31);
    public static readonly LocalDate Apr1 = new(2026, 4, 1);

    /// <summary>
    /// A valid RACI matrix: Ana holds the role Manager (A on "task"); Ben is R; Cy is I through the team Reps.
    /// </summary>
    public static ResponsibilityMatrixBuilder Basic() =>
        new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddPerson("ana", "Ana", Authority.Of(2))
            .AddPerson("ben", "Ben")
            .AddPerson("cy", "Cy")
            .AddRole("manager", "Manager", Authority.Of(3, "approve"))
            .AddTeam("reps", "Reps")
            .AddTenure("ana", "manager", Jan1)
            .AddTenure("cy", "reps", Jan1)
            .AddWorkItem("task", "Task", requiredAuthority: Authority.Of(3, "approve"))
            .Assign("task", "manager", "A")
            .Assign("task", "ben", "R")
            .Assign("task", "reps", "I");

    public static string[] Lines(IEnumerable<Problem> problems) => [.. problems.Select(p => p.ToString())];
}
