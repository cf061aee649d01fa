namespace Accountability.Tests.Kernel;

public class ProblemTests
{
    [Fact]
    public void ToString_ShowsSeverityPathMessageAndCode()
    {
        var problem = new Problem("criteria[2].weight", "weight-not-positive", "The weight must be positive; it is -5.", attemptedValue: -5m);
        Assert.Equal("error criteria[2].weight: The weight must be positive; it is -5. [weight-not-positive]", problem.ToString());
        Assert.Equal(-5m, problem.AttemptedValue);
        Assert.True(problem.IsError);
    }

    [Fact]
    public void Under_PrefixesPath()
    {
        var problem = new Problem("weight", "c", "m").Under(ProblemPath.Index("criteria", 1));
        Assert.Equal("criteria[1].weight", problem.Path);
        Assert.Equal("criteria[1]", new Problem(string.Empty, "c", "m").Under("criteria[1]").Path);
        Assert.Equal("values[sales]", ProblemPath.Key("values", "sales"));
    }

    [Fact]
    public void Exception_ListsEveryProblem()
    {
        var ex = new AccountabilityException(
        [
            new Problem("a", "c1", "First."),
            new Problem("b", "c2", "Second."),
            new Problem("c", "c3", "Note.", ProblemSeverity.Warning),
        ]);
        Assert.Equal(3, ex.Problems.Count);
        Assert.Equal(
            "2 problems must be fixed (and 1 note):" + Environment.NewLine +
            " - error a: First. [c1]" + Environment.NewLine +
            " - error b: Second. [c2]" + Environment.NewLine +
            " - warning c: Note. [c3]",
            ex.Message);
    }

    [Fact]
    public void ThrowIfAnyError_WarningsOnly_DoesNotThrow()
    {
        AccountabilityException.ThrowIfAnyError([new Problem("a", "c", "m", ProblemSeverity.Warning)]);
        Assert.Throws<AccountabilityException>(() => AccountabilityException.ThrowIfAnyError([new Problem("a", "c", "m")]));
    }

    [Fact]
    public void Exception_EmptyProblems_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new AccountabilityException(Array.Empty<Problem>()));
    }
}
