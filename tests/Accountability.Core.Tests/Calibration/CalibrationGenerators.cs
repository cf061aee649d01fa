using FsCheck;
using FsCheck.Fluent;

namespace Accountability.Tests.Calibration;

/// <summary>Generators for calibration properties: small populations with many ties.</summary>
internal static class CalibrationGenerators
{
    /// <summary>Distinct subjects s00…, each with a score from a small set (so ties are common), possibly with quarter points.</summary>
    public static Gen<(PartyId Subject, decimal Score)[]> Scores(int maxCount = 30) =>
        from count in Gen.Choose(0, maxCount)
        from raw in Gen.Choose(0, 40).ArrayOf(count)
        select raw.Select((v, i) => (new PartyId("s" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)), v / 4m)).ToArray();

    /// <summary>A permutation seed.</summary>
    public static (PartyId Subject, decimal Score)[] Shuffle((PartyId Subject, decimal Score)[] items, int seed)
    {
        var copy = ((PartyId Subject, decimal Score)[])items.Clone();
        new Random(seed).Shuffle(copy);
        return copy;
    }

    public static T[] Shuffle<T>(T[] items, int seed)
    {
        var copy = (T[])items.Clone();
        new Random(seed).Shuffle(copy);
        return copy;
    }
}
