using Accountability.Reports;

namespace Accountability.Tests.Reports;

public class ChartTextTests
{
    [Fact]
    public void Clean_KeepsTextAndNonBmpCharacters() =>
        Assert.Equal("Sales <&> \"q\" 😀 é", ChartText.Clean("Sales <&> \"q\" 😀 é"));

    [Fact]
    public void Clean_ReplacesWhatXmlCannotCarry() =>
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFD\td", ChartText.Clean("a\u0001b\uD800c\uFFFF\td"));

    [Fact]
    public void Clean_Null_IsEmpty() => Assert.Equal(string.Empty, ChartText.Clean(null));

    [Fact]
    public void Fit_ShortText_IsKept() => Assert.Equal("Sales", ChartText.Fit("Sales", 10));

    [Fact]
    public void Fit_LongText_IsCutWithAnEllipsis()
    {
        string fitted = ChartText.Fit(new string('x', 10_000), 28);

        Assert.Equal(new string('x', 27) + ChartText.Ellipsis, fitted);
    }

    [Fact]
    public void Fit_NeverSplitsASurrogatePair()
    {
        string fitted = ChartText.Fit(string.Concat(Enumerable.Repeat("😀", 40)), 5);

        Assert.Equal("😀😀😀😀" + ChartText.Ellipsis, fitted);
    }
}
