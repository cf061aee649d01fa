using Accountability.Goals;

namespace Accountability.Tests.Goals;

public class ApportionmentClaimTests
{
    [Fact]
    public void Locked_HasEqualBounds()
    {
        ApportionmentClaim claim = ApportionmentClaim.Locked(7);
        Assert.True(claim.IsLocked);
        Assert.Equal(7, claim.Minimum);
        Assert.Equal(7, claim.Maximum);
        Assert.Equal("locked 7", claim.ToString());
    }

    [Fact]
    public void Weighted_WithBounds_KeepsValuesAndCompares()
    {
        ApportionmentClaim claim = ApportionmentClaim.Weighted(3m).WithMinimum(1).WithMaximum(5);
        Assert.Equal("weight 3 [1..5]", claim.ToString());
        Assert.Equal(claim, ApportionmentClaim.Weighted(3m).WithMinimum(1).WithMaximum(5));
        Assert.NotEqual(claim, ApportionmentClaim.Weighted(3m));
        Assert.False(default(ApportionmentClaim).IsLocked);
        Assert.Equal(0m, default(ApportionmentClaim).Weight);
    }
}
