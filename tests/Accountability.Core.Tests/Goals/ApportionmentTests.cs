using Accountability.Goals;

namespace Accountability.Tests.Goals;

public class ApportionmentTests
{
    // Votes 100, 80, 30, 20 for 8 seats (total 230), worked by hand:
    // Largest remainder: quotas 3.478, 2.783, 1.043, 0.696 -> floors 3, 2, 1, 0 (6 seats); the two left go to the
    //   largest remainders .783 (B) and .696 (D) -> 3, 3, 1, 1.
    // D'Hondt: averages A 100, 50, 33.3, 25 | B 80, 40, 26.7 | C 30 | D 20; the 8 largest are
    //   100, 80, 50, 40, 33.3, 30, 26.7, 25 -> 4, 3, 1, 0.
    // Sainte-Laguë: divisors 1, 3, 5: A 100, 33.3, 20 | B 80, 26.7, 16 | C 30, 10 | D 20; the 8 largest are
    //   100, 80, 33.3, 30, 26.7, 20 (A), 20 (D), 16 -> 3, 3, 1, 1.
    // Huntington-Hill: everyone gets a first seat (4); then w / sqrt(s(s+1)): A 70.7, 40.8 | B 56.6, 32.7 |
    //   C 21.2 | D 14.1; the 4 largest are 70.7, 56.6, 40.8, 32.7 -> 3, 3, 1, 1.
    [Theory]
    [InlineData(ApportionmentMethod.LargestRemainder, new long[] { 3, 3, 1, 1 })]
    [InlineData(ApportionmentMethod.DHondt, new long[] { 4, 3, 1, 0 })]
    [InlineData(ApportionmentMethod.SainteLague, new long[] { 3, 3, 1, 1 })]
    [InlineData(ApportionmentMethod.HuntingtonHill, new long[] { 3, 3, 1, 1 })]
    public void Apportion_HandCheckedExample_MatchesTheTextbook(ApportionmentMethod method, long[] expected)
    {
        Assert.Equal(expected, Apportionment.Apportion(8, [100m, 80m, 30m, 20m], method));
    }

    [Fact]
    public void Apportion_LargestRemainderWhenTotalGrows_ShowsTheAlabamaParadox()
    {
        // Quotas for 10: 4.29, 4.29, 1.43 -> 4, 4, 2. For 11: 4.71, 4.71, 1.57 -> 5, 5, 1: the third part loses a unit.
        Assert.Equal([4L, 4L, 2L], Apportionment.Apportion(10, [6m, 6m, 2m]));
        Assert.Equal([5L, 5L, 1L], Apportionment.Apportion(11, [6m, 6m, 2m]));
    }

    [Fact]
    public void Apportion_ParkerStatesFrom43To44Seats_LargestRemainderLosesASeat()
    {
        decimal[] populations = [21878m, 9713m, 4167m, 3252m, 1065m];
        long[] at43 = Apportionment.Apportion(43, populations);
        long[] at44 = Apportionment.Apportion(44, populations);
        Assert.Equal([24L, 10L, 4L, 4L, 1L], at43);
        Assert.Equal([24L, 11L, 5L, 3L, 1L], at44);
        Assert.True(at44[3] < at43[3]);
    }

    [Theory]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void Apportion_DivisorMethodsOnTheAlabamaCases_NeverTakeAUnitAway(ApportionmentMethod method)
    {
        foreach ((decimal[] weights, long from) in new[] { (new[] { 6m, 6m, 2m }, 10L), (new[] { 21878m, 9713m, 4167m, 3252m, 1065m }, 43L) })
        {
            long[] before = Apportionment.Apportion(from, weights, method);
            long[] after = Apportionment.Apportion(from + 1, weights, method);
            Assert.All(Enumerable.Range(0, weights.Length), i => Assert.True(after[i] >= before[i], $"part {i} lost a unit"));
        }
    }

    [Theory]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    public void Apportion_ExactTie_GoesToTheLowerIndex(ApportionmentMethod method)
    {
        Assert.Equal([1L, 1L, 0L], Apportionment.Apportion(2, [1m, 1m, 1m], method));
        Assert.Equal([0L, 1L, 0L], Apportionment.Apportion(1, [0m, 10m, 10m], method));
    }

    [Fact]
    public void Apportion_HuntingtonHillFirstUnits_GoToLargerWeightThenLowerIndex()
    {
        Assert.Equal([0L, 1L, 0L], Apportionment.Apportion(1, [5m, 9m, 9m], ApportionmentMethod.HuntingtonHill));
        Assert.Equal([0L, 1L, 1L], Apportionment.Apportion(2, [5m, 9m, 9m], ApportionmentMethod.HuntingtonHill));
        Assert.Equal([1L, 1L, 1L], Apportionment.Apportion(3, [5m, 9m, 9m], ApportionmentMethod.HuntingtonHill));
    }

    [Fact]
    public void Apportion_ZeroWeight_GetsNothing()
    {
        foreach (ApportionmentMethod method in Enum.GetValues<ApportionmentMethod>())
        {
            Assert.Equal([0L, 2L, 4L, 0L], Apportionment.Apportion(6, [0m, 14m, 28m, 0m], method));
        }
    }

    [Fact]
    public void Apportion_Minimum_IsHeldAndTheRestSharedInProportion()
    {
        ApportionmentClaim[] claims = [ApportionmentClaim.Weighted(1m).WithMinimum(5), ApportionmentClaim.Weighted(1m), ApportionmentClaim.Weighted(1m)];
        Assert.Equal([5L, 2L, 2L], Apportionment.Apportion(9, claims));
        Assert.Equal([5L, 2L, 2L], Apportionment.Apportion(9, claims, ApportionmentMethod.DHondt));
    }

    [Fact]
    public void Apportion_Maximum_CapsAndTheRestGoesToTheOthers()
    {
        ApportionmentClaim[] claims = [ApportionmentClaim.Weighted(8m).WithMaximum(5), ApportionmentClaim.Weighted(1m), ApportionmentClaim.Weighted(1m)];

        // Bounded quotas 5, 2.5, 2.5; the one leftover unit goes to the lower index.
        Assert.Equal([5L, 3L, 2L], Apportionment.Apportion(10, claims));
        Assert.Equal([5L, 3L, 2L], Apportionment.Apportion(10, claims, ApportionmentMethod.SainteLague));
    }

    [Fact]
    public void Apportion_LockedPart_GetsExactlyItsUnitsAndTheRestIsSpread()
    {
        ApportionmentClaim[] claims = [ApportionmentClaim.Locked(4), ApportionmentClaim.Weighted(1m), ApportionmentClaim.Weighted(3m)];
        foreach (ApportionmentMethod method in Enum.GetValues<ApportionmentMethod>())
        {
            Assert.Equal([4L, 2L, 6L], Apportionment.Apportion(12, claims, method));
        }
    }

    [Fact]
    public void Apportion_NegativeTotal_IsTheNegationOfTheMagnitude()
    {
        Assert.Equal([-34L, -33L, -33L], Apportionment.Apportion(-100, [1m, 1m, 1m]));
        Assert.Equal([-4L, -1L], Apportionment.Apportion(-5, [7m, 3m]));
    }

    [Fact]
    public void Apportion_DecimalWeights_AreExact()
    {
        Assert.Equal([0L, 1L], Apportionment.Apportion(1, [0.33m, 0.66m]));
        Assert.Equal([1L, 2L], Apportionment.Apportion(3, [0.1m, 0.2m]));
    }

    [Fact]
    public void Apportion_MoneyAmount_SplitsOnTheCentGrid()
    {
        Assert.Equal([33.34m, 33.33m, 33.33m], Apportionment.Apportion(100.00m, 2, [1m, 1m, 1m]));
        Assert.Equal([0.03m, 0.02m], Apportionment.Apportion(0.05m, 2, [1m, 1m]));
    }

    [Fact]
    public void Apportion_LargeValues_StayExact()
    {
        long[] shares = Apportionment.Apportion(1_000_000_000_000_000_025L, [50m, 50m]);
        Assert.Equal([500_000_000_000_000_013L, 500_000_000_000_000_012L], shares);
        long[] hh = Apportionment.Apportion(5_000_000_000_000L, [123456789012m, 98765432109m, 5m], ApportionmentMethod.HuntingtonHill);
        Assert.Equal(5_000_000_000_000L, hh.Sum());
    }

    [Fact]
    public void Apportion_NegativeWeight_IsReportedWithItsPath()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Apportionment.Apportion(10, [1m, -1m, -2m]));
        Assert.Equal(["weights[1]", "weights[2]"], ex.Problems.Select(p => p.Path));
        Assert.All(ex.Problems, p => Assert.Equal("A weight cannot be negative.", p.Message));
        Assert.All(ex.Problems, p => Assert.Equal(GoalProblemCodes.ApportionmentWeightNegative, p.Code));
    }

    [Fact]
    public void Apportion_AllWeightsZero_IsReported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Apportionment.Apportion(10, [0m, 0m]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("weights", problem.Path);
        Assert.Equal("The weights are all zero, so there is nothing to share the total by.", problem.Message);
    }

    [Fact]
    public void Apportion_ZeroTotalWithZeroWeights_IsAllZero()
    {
        Assert.Equal([0L, 0L], Apportionment.Apportion(0, [0m, 0m]));
    }

    [Fact]
    public void Apportion_MinimumsAboveTotal_IsReported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Apportionment.Apportion(10, [ApportionmentClaim.Weighted(1m).WithMinimum(7), ApportionmentClaim.Weighted(1m).WithMinimum(5)]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("claims", problem.Path);
        Assert.Equal(GoalProblemCodes.ApportionmentMinimumsExceedTotal, problem.Code);
        Assert.Equal("The minimums add up to 12, more than the total 10.", problem.Message);
    }

    [Fact]
    public void Apportion_MaximumsBelowTotal_IsReported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Apportionment.Apportion(10, [ApportionmentClaim.Weighted(1m).WithMaximum(2), ApportionmentClaim.Weighted(1m).WithMaximum(4)]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("The parts that can take units hold at most 6 in all, less than the total 10.", problem.Message);
    }

    [Fact]
    public void Apportion_BadBounds_AreAllReportedAtOnce()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Apportionment.Apportion(10, [
            ApportionmentClaim.Weighted(1m).WithMinimum(2).WithMaximum(1),
            ApportionmentClaim.Weighted(-1m).WithMinimum(-1),
        ]));
        Assert.Equal(["claims[0].maximum", "claims[1].weight", "claims[1].minimum"], ex.Problems.Select(p => p.Path));
        Assert.Equal("The maximum 1 is less than the minimum 2.", ex.Problems[0].Message);
        Assert.Equal("A minimum cannot be negative.", ex.Problems[2].Message);
    }

    [Fact]
    public void Apportion_NoParts_IsReportedUnlessTheTotalIsZero()
    {
        Assert.Empty(Apportionment.Apportion(0, Array.Empty<decimal>()));
        var ex = Assert.Throws<AccountabilityException>(() => Apportionment.Apportion(5, Array.Empty<decimal>()));
        Assert.Equal("There are no parts to share a total of 5 among.", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Apportion_AmountOffTheGrid_IsReported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Apportionment.Apportion(1.005m, 2, [1m, 1m]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("total", problem.Path);
        Assert.Equal("The amount 1.005 has more than 2 decimal places.", problem.Message);
    }

    [Fact]
    public void Apportion_AmountTooLarge_IsReported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Apportionment.Apportion(1e20m, 2, [1m]));
        Assert.Equal("The amount 100000000000000000000 is too large: in units of 2 decimal places it must fit in a 64-bit integer.", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Apportion_WeightsTooPrecise_IsReported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Apportionment.Apportion(10, [1000000000000000000m, 0.1m]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("weights[0]", problem.Path);
        Assert.Equal("The weight 1000000000000000000 needs more than 18 significant digits at the weights' common scale.", problem.Message);
    }

    [Fact]
    public void Apportion_ProgrammerErrors_ThrowStandardExceptions()
    {
        Assert.Throws<ArgumentNullException>(() => Apportionment.Apportion(1, (IReadOnlyList<decimal>)null!));
        Assert.Throws<ArgumentNullException>(() => Apportionment.Apportion(1, (IReadOnlyList<ApportionmentClaim>)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Apportion(1, [1m], (ApportionmentMethod)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Apportion(long.MinValue, [1m]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Apportion(1m, 19, [1m]));
    }
}
