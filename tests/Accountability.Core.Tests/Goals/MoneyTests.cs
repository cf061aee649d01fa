using Accountability.Goals;

namespace Accountability.Tests.Goals;

public class MoneyTests
{
    [Fact]
    public void Constructor_AmountWithTooManyDecimals_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(1.005m, Currency.USD));
        Assert.Equal("amount", ex.ParamName);
        Assert.StartsWith("The amount 1.005 has more decimal places than USD allows (2).", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Money(1m, default));
        Assert.Throws<ArgumentException>(() => new Money(1.5m, Currency.JPY));
    }

    [Fact]
    public void MinorUnits_RoundTrip()
    {
        var money = new Money(1234.5m, Currency.USD);
        Assert.Equal(123450L, money.MinorUnits);
        Assert.Equal(money, Money.FromMinorUnits(123450, Currency.USD));
        Assert.Equal("1234.50 USD", money.ToString());
        Assert.Equal("5 JPY", new Money(5m, Currency.JPY).ToString());
    }

    [Fact]
    public void Arithmetic_SameCurrency_IsExact()
    {
        Money a = new(10.10m, Currency.EUR);
        Money b = new(0.20m, Currency.EUR);
        Assert.Equal(new Money(10.30m, Currency.EUR), a + b);
        Assert.Equal(new Money(9.90m, Currency.EUR), Money.Subtract(a, b));
        Assert.True(a > b);
        Assert.True(b <= a);
    }

    [Fact]
    public void Arithmetic_DifferentCurrencies_IsReported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => new Money(1m, Currency.USD) + new Money(1m, Currency.EUR));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(KernelProblemCodes.CurrencyMismatch, problem.Code);
        Assert.Equal("The currency EUR (2 minor digits) does not match USD (2 minor digits).", problem.Message);
        Assert.Throws<AccountabilityException>(() => new Money(1m, Currency.USD) < new Money(1m, Currency.GBP));
    }

    [Fact]
    public void Allocate_SharesAddBackToTheAmount()
    {
        IReadOnlyList<Money> parts = new Money(100m, Currency.USD).Allocate([1m, 1m, 1m]);
        Assert.Equal([33.34m, 33.33m, 33.33m], parts.Select(p => p.Amount));
        Assert.Equal([0.03m, 0.02m], new Money(0.05m, Currency.USD).Split(2).Select(p => p.Amount));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(1m, Currency.USD).Split(0));
        Assert.Throws<InvalidOperationException>(() => default(Money).Split(2));
    }

    [Fact]
    public void Equality_DependsOnAmountAndCurrency()
    {
        Assert.Equal(new Money(1m, Currency.USD), new Money(1.00m, Currency.USD));
        Assert.NotEqual(new Money(1m, Currency.USD), new Money(1m, Currency.EUR));
        Assert.True(default(Money).IsDefault);
        Assert.Equal(0m, Money.Zero(Currency.CNY).Amount);
    }
}

public class CurrencyTests
{
    [Fact]
    public void Constructor_ValidatesCodeAndDigits()
    {
        Assert.Equal("KWD", new Currency("KWD", 3).Code);
        var ex = Assert.Throws<ArgumentException>(() => new Currency("usd", 2));
        Assert.StartsWith("A currency code is three upper-case letters A-Z, such as USD.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Currency("USD", 9));
        Assert.Throws<ArgumentNullException>(() => new Currency(null!, 2));
    }

    [Fact]
    public void Default_IsNotAValidCurrency()
    {
        Assert.True(default(Currency).IsDefault);
        Assert.Equal(string.Empty, default(Currency).Code);
        Assert.NotEqual(Currency.USD, new Currency("USD", 3));
        Assert.Equal(Currency.USD, new Currency("USD", 2));
        Assert.Equal(0, Currency.JPY.MinorUnitDigits);
    }
}
