using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Kernel;

public class ExactSumTests
{
    [Fact]
    public void ToGrid_Thirds_AddUpToTotal()
    {
        decimal[] shares = [100m / 3m, 100m / 3m, 100m / 3m];
        decimal[] grid = ExactSum.ToGrid(shares, 100m, 2);
        Assert.Equal([33.34m, 33.33m, 33.33m], grid);
        Assert.Equal(100m, grid.Sum());
    }

    [Property(MaxTest = 300)]
    public Property ToGrid_AlwaysAddsUpAndStaysWithinOneUnit(PositiveInt[] weights)
    {
        if (weights.Length == 0)
        {
            return true.ToProperty();
        }

        decimal total = 100m;
        decimal weightSum = weights.Sum(w => (decimal)w.Get);
        decimal[] shares = weights.Select(w => w.Get * total / weightSum).ToArray();
        decimal[] grid = ExactSum.ToGrid(shares, total, 6);
        bool sums = grid.Sum() == total;
        bool close = grid.Zip(shares).All(p => Math.Abs(p.First - p.Second) < 0.000001m);
        return (sums && close).Label($"sum {grid.Sum()}, shares {string.Join(",", shares)} -> {string.Join(",", grid)}");
    }
}
