namespace Accountability.Goals;

/// <summary>Shares an amount of <see cref="Money"/> in proportion to weights by any <see cref="ApportionmentMethod"/>.</summary>
/// <remarks>
/// An extension of the kernel's <see cref="Money"/> (which knows only equal splits, <see cref="Money.Split"/>): the
/// apportionment methods belong to the goals stage, and the kernel does not depend on it. Stateless and thread-safe.
/// </remarks>
public static class MoneyAllocation
{
    /// <summary>Shares an amount in proportion to weights, exactly: the parts add back to the amount.</summary>
    /// <param name="money">The amount to share.</param>
    /// <param name="weights">One non-negative weight per part.</param>
    /// <param name="method">How the indivisible minor units are handed out.</param>
    /// <returns>The parts, in the order of <paramref name="weights"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="money"/> is <c>default</c>.</exception>
    /// <exception cref="AccountabilityException">The weights are not valid (see <see cref="Apportionment"/>), or the amount in minor units does not fit in 64 bits.</exception>
    public static IReadOnlyList<Money> Allocate(this Money money, IReadOnlyList<decimal> weights, ApportionmentMethod method = ApportionmentMethod.LargestRemainder)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (money.IsDefault)
        {
            throw new InvalidOperationException("default(Money) cannot be allocated.");
        }

        long[] units = Apportionment.Apportion(money.MinorUnits, weights, method);
        var result = new Money[units.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Money.FromMinorUnits(units[i], money.Currency);
        }

        return result;
    }
}
