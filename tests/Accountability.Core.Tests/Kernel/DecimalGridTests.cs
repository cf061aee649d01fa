using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Kernel;

public class DecimalGridTests
{
    [Fact]
    public void PowersAndSteps_AreExact()
    {
        Assert.Equal(1m, DecimalGrid.Pow10(0));
        Assert.Equal(1_000_000_000_000_000_000m, DecimalGrid.Pow10(18));
        Assert.Equal(0.01m, DecimalGrid.Step(2));
        Assert.Equal(28, DecimalGrid.Step(28).Scale);
    }

    [Theory]
    [InlineData("12.30", 1)]
    [InlineData("12.345", 3)]
    [InlineData("100", 0)]
    [InlineData("0.000", 0)]
    [InlineData("-0.0500", 2)]
    public void SignificantDecimals_IgnoresTrailingZeros(string text, int expected) =>
        Assert.Equal(expected, DecimalGrid.SignificantDecimals(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ToUnits_ReportsTooLargeAndOffGridWithKernelCodes()
    {
        Assert.True(DecimalGrid.TryToUnits(12.34m, 2, out long units, out Problem? none, "amount"));
        Assert.Equal(1234, units);
        Assert.Null(none);

        Assert.False(DecimalGrid.TryToUnits(1.005m, 2, out _, out Problem? offGrid, "amount"));
        Assert.Equal(KernelProblemCodes.AmountOffGrid, offGrid.Code);
        Assert.Equal("The amount 1.005 has more than 2 decimal places.", offGrid.Message);

        Assert.False(DecimalGrid.TryToUnits(1e20m, 2, out _, out Problem? tooLarge, "amount"));
        Assert.Equal(KernelProblemCodes.AmountTooLargeForGrid, tooLarge.Code);
        Assert.Equal("amount", tooLarge.Path);

        Assert.Equal(long.MinValue, DecimalGrid.ToUnits(DecimalGrid.FromUnits(long.MinValue, 18), 18, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalGrid.TryToUnits(1m, 19, out _));
    }

    [Fact]
    public void FromUnits_HasExactlyTheGridsDecimalPlaces()
    {
        Assert.Equal("1.00", DecimalGrid.FromUnits(100, 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("-0.05", DecimalGrid.FromUnits(-5, 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(long.MaxValue, (long)DecimalGrid.FromUnits(long.MaxValue, 0));
    }

    [Fact]
    public void LargestRemainder_TextbookHamilton_TiesToTheLowerIndex()
    {
        Assert.Equal([4, 6, 2, 8], DecimalGrid.LargestRemainder(20, [2560, 3315, 995, 5012]));
        Assert.Equal([34, 33, 33], DecimalGrid.LargestRemainder(100, [1, 1, 1]));
        Assert.Equal([0, 0], DecimalGrid.LargestRemainder(0, [0, 0]));
    }

    [Property(MaxTest = 300)]
    public Property LargestRemainder_AddsUpAndStaysWithinOneUnitOfTheQuota(NonNegativeInt total, PositiveInt[] weights)
    {
        if (weights.Length == 0)
        {
            return true.ToProperty();
        }

        long[] w = [.. weights.Select(x => (long)x.Get)];
        long[] shares = DecimalGrid.LargestRemainder(total.Get, w);
        decimal sum = w.Sum();
        bool adds = shares.Sum() == total.Get;
        bool close = shares.Zip(w).All(p => Math.Abs(p.First - (total.Get * p.Second / sum)) < 1m);
        return (adds && close).Label($"{total.Get} by [{string.Join(",", w)}] -> [{string.Join(",", shares)}]");
    }

    [Fact]
    public void AwardLargestRemainders_ManyParts_SameOrderAsFewParts()
    {
        // Over 32 parts the sort takes another path; both must order by remainder, ties to the lower index.
        decimal[] remainders = [.. Enumerable.Range(0, 40).Select(i => (decimal)(i % 4))];
        long[] result = new long[40];
        DecimalGrid.AwardLargestRemainders<decimal>(result, remainders, 10);
        Assert.Equal([3, 7, 11, 15, 19, 23, 27, 31, 35, 39], result.Select((v, i) => (v, i)).Where(p => p.v == 1).Select(p => p.i));
        long[] few = new long[8];
        DecimalGrid.AwardLargestRemainders<decimal>(few, remainders.AsSpan(0, 8), -3);
        Assert.Equal([-1, 0, 0, 0, -1, -1, 0, 0], few); // smallest remainders first, ties to the higher index
    }
}
