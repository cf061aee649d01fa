using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Tests.Responsibility;

/// <summary>
/// One company, two regions: "report sales" is split into an East and a West item, each with a regional manager
/// (Accountable, through a role) and reps (Responsible: directly, through a team, or through a role).
/// </summary>
internal static class SalesRegions
{
    public static readonly LocalDate Jan1 = new(2026, 1, 1);
    public static readonly LocalDate Mar31 = new(2026, 3, 31);

    /// <param name="westManagerLevel">The authority level of the West manager's role; the West item requires level 3.</param>
    public static ResponsibilityMatrixBuilder Builder(int westManagerLevel = 3) =>
        new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddPerson("dora", "Dora", Authority.Of(5, "approve-discount"))
            .AddPerson("ops", "Ops")
            .AddPerson("eve", "Eve")
            .AddPerson("wu", "Wu")
            .AddPerson("ana", "Ana")
            .AddPerson("bo", "Bo")
            .AddPerson("fay", "Fay")
            .AddPerson("cy", "Cy")
            .AddPerson("dan", "Dan")
            .AddPerson("zed", "Zed")
            .AddRole("rm-east", "East manager", Authority.Of(3, "approve-discount"))
            .AddRole("rm-west", "West manager", Authority.Of(westManagerLevel, "approve-discount"))
            .AddRole("west-analyst", "West analyst")
            .AddTeam("west-reps", "West reps")
            .AddTenure("eve", "rm-east", Jan1)
            .AddTenure("wu", "rm-west", Jan1)
            .AddTenure("bo", "west-reps", Jan1)
            .AddTenure("fay", "west-analyst", Jan1)
            .AddWorkItem("report-sales", "Report sales")
            .AddWorkItem("sales-east", "East sales", "report-sales", Authority.Of(3, "approve-discount"))
            .AddWorkItem("sales-west", "West sales", "report-sales", Authority.Of(3, "approve-discount"))
            .AddWorkItem("visits", "Customer visits")
            .Assign("report-sales", "dora", "A")
            .Assign("report-sales", "ops", "R")
            .Assign("sales-east", "rm-east", "A")
            .Assign("sales-east", "cy", "R")
            .Assign("sales-east", "dan", "R")
            .Assign("sales-west", "rm-west", "A")
            .Assign("sales-west", "ana", "R")
            .Assign("sales-west", "west-reps", "R")
            .Assign("sales-west", "west-analyst", "R")
            .Assign("sales-west", "dan", "I")
            .Assign("visits", "dora", "A")
            .Assign("visits", "zed", "R")
            .EffectiveFrom(Jan1);

    public static ResponsibilitySnapshot Snapshot(int westManagerLevel = 3) => Builder(westManagerLevel).Build().AsOf(Mar31);
}
