using FsCheck;
using FsCheck.Fluent;

namespace Accountability.Tests.Robustness;

/// <summary>Hostile values and a check that only the library's promised exception types escape.</summary>
internal static class Hostile
{
    public static readonly decimal[] Extremes =
    [
        decimal.MaxValue, decimal.MinValue, 0m, 1e-28m, -1e-28m, 1m, -1m, 100m, 101m, 99.99m,
        decimal.MaxValue / 2, decimal.MinValue / 2, decimal.MaxValue / 100, 1e20m, -1e20m, 1e-10m,
        0.3333333333333333333333333333m, 79228162514264337593543950.334m,
    ];

    /// <summary>Extremes, small integers and arbitrary bit patterns of every scale.</summary>
    public static Gen<decimal> Decimal { get; } = Gen.OneOf(
        Gen.Elements(Extremes),
        Gen.Elements(Extremes),
        Gen.Choose(-200, 200).Select(i => (decimal)i),
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Choose(int.MinValue, int.MaxValue)
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from negative in Gen.Elements(true, false)
        from scale in Gen.Choose(0, 28)
        select new decimal(lo, mid, hi, negative, (byte)scale));

    /// <summary>Runs <paramref name="action"/>; returns null when it finished or threw an allowed exception, else the offending exception.</summary>
    public static Exception? Forbidden(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (AccountabilityException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            // ArgumentNullException and ArgumentOutOfRangeException derive from it.
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    public static void AssertAllowed(Action action)
    {
        Exception? ex = Forbidden(action);
        Assert.True(ex is null, ex?.ToString());
    }
}
