using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Goals;

/// <summary>Invariant text for messages.</summary>
internal static class GoalText
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Period(DateInterval period) => Date(period.Start) + ".." + Date(period.End);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
