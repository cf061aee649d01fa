using Accountability.Responsibility;

namespace Accountability.Tests.Responsibility;

public class ResponsibilityOptionsTests
{
    [Fact]
    public void Default_HasDocumentedLimits()
    {
        ResponsibilityOptions options = ResponsibilityOptions.Default;
        Assert.Equal(10, options.OverloadLimit);
        Assert.Equal(5, options.MaximumConsulted);
        Assert.Empty(options.ForbiddenCombinations);
        Assert.True(options.UseSchemeForbiddenCombinations);
        Assert.Empty(options.SeverityOverrides);
    }

    [Fact]
    public void With_ReturnsChangedCopies()
    {
        ResponsibilityOptions options = ResponsibilityOptions.Default
            .WithOverloadLimit(3)
            .WithMaximumConsulted(2)
            .WithForbiddenCombination("R", "A")
            .WithForbiddenCombination("A", "R")
            .WithSchemeForbiddenCombinations(false)
            .WithSeverity(ResponsibilityProblemCodes.Overload, ProblemSeverity.Error);
        Assert.Equal(3, options.OverloadLimit);
        Assert.Equal(2, options.MaximumConsulted);
        Assert.Equal([new CodeCombination("R", "A")], options.ForbiddenCombinations);
        Assert.False(options.UseSchemeForbiddenCombinations);
        Assert.Equal(ProblemSeverity.Error, options.SeverityOverrides[ResponsibilityProblemCodes.Overload]);
        Assert.Equal(10, ResponsibilityOptions.Default.OverloadLimit);
        Assert.Empty(ResponsibilityOptions.Default.SeverityOverrides);
    }

    [Fact]
    public void With_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponsibilityOptions.Default.WithOverloadLimit(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponsibilityOptions.Default.WithMaximumConsulted(-1));
        Assert.Throws<ArgumentException>(() => ResponsibilityOptions.Default.WithForbiddenCombination("A", "A"));
        Assert.Throws<ArgumentException>(() => ResponsibilityOptions.Default.WithSeverity(" ", ProblemSeverity.Error));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponsibilityOptions.Default.WithSeverity("x", (ProblemSeverity)9));
    }
}
