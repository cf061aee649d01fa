using System.Globalization;
using NodaTime;

namespace Accountability.Responsibility;

/// <summary>Shared helpers of the built-in checks: everything is visited in identifier order.</summary>
internal static class CheckOrder
{
    public static IReadOnlyList<WorkItem> Items(ResponsibilityMatrix matrix) => matrix.Index.ItemsInIdOrder;

    public static IReadOnlyList<Party> Parties(ResponsibilityMatrix matrix) => matrix.Index.PartiesInIdOrder;

    /// <summary>The cells of an item in party-identifier order, with their codes.</summary>
    public static IReadOnlyList<(Party Party, IReadOnlyList<ResponsibilityCode> Codes)> Cells(ResponsibilityMatrix matrix, WorkItemId item) =>
        matrix.Index.CellsInPartyOrder(item);

    public static IEnumerable<Party> Holding(ResponsibilityMatrix matrix, WorkItemId item, Involvement involvement) =>
        Cells(matrix, item).Where(c => c.Codes.Any(code => code.Involvement == involvement)).Select(c => c.Party);

    public static string Date(LocalDate date) => Tenure.Iso(date);

    public static string Names(IEnumerable<Party> parties) => string.Join(", ", parties.Select(p => p.ToString()));

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
