namespace Accountability;

/// <summary>
/// The stable codes of the problems the kernel reports (see <see cref="Problem.Code"/>).
/// </summary>
/// <remarks>
/// The naming rule for every stage: a problem code is lower-case kebab-case (<c>money-overflow</c>), published as a
/// documented constant in that stage's <c>…ProblemCodes</c> class, and never written as a literal where the problem
/// is made. Codes are part of the public contract: they do not change between versions.
/// </remarks>
public static class KernelProblemCodes
{
    /// <summary>Adding or subtracting two amounts of money goes beyond the range of <see cref="decimal"/>.</summary>
    public const string MoneyOverflow = "money-overflow";

    /// <summary>Two amounts of money in different currencies are combined or compared.</summary>
    public const string CurrencyMismatch = "currency-mismatch";

    /// <summary>Two values in different units are combined or compared.</summary>
    public const string UnitMismatch = "unit-mismatch";

    /// <summary>An amount is too large to be counted in whole units of its grid (such as cents) in a 64-bit integer.</summary>
    public const string AmountTooLargeForGrid = "amount-too-large-for-grid";

    /// <summary>An amount has more decimal places than its grid (such as a currency's minor unit) allows.</summary>
    public const string AmountOffGrid = "amount-off-grid";
}
