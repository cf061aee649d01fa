namespace Accountability.Goals;

/// <summary>
/// How a whole number of indivisible units (seats, deals, cents) is shared out in proportion to weights.
/// Each method is implemented exactly as its textbook definition; see <see cref="Apportionment"/> for the
/// tie rule they share.
/// </summary>
public enum ApportionmentMethod
{
    /// <summary>
    /// Largest remainder (Hamilton, Hare–Niemeyer): each part first gets the whole part of its exact quota
    /// <c>total × weight ÷ Σweights</c>; the units left over go one each to the parts with the largest
    /// fractional remainders. Always within one unit of the exact quota, but may show the Alabama paradox.
    /// </summary>
    LargestRemainder = 0,

    /// <summary>
    /// D'Hondt (Jefferson): highest averages with divisors 1, 2, 3, …; the next unit goes to the part with the
    /// largest <c>weight ÷ (units + 1)</c>. Favours larger parts; house monotone.
    /// </summary>
    DHondt = 1,

    /// <summary>
    /// Sainte-Laguë (Webster): highest averages with divisors 1, 3, 5, … (equivalently 0.5, 1.5, 2.5, …); the next
    /// unit goes to the part with the largest <c>weight ÷ (units + ½)</c>. House monotone.
    /// </summary>
    SainteLague = 2,

    /// <summary>
    /// Huntington–Hill (equal proportions): highest averages with divisors <c>√(units × (units + 1))</c>, so every
    /// part with a positive weight gets its first unit before any part gets a second. House monotone.
    /// </summary>
    HuntingtonHill = 3,
}
