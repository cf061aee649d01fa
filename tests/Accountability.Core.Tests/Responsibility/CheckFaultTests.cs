using Accountability.DependencyInjection;
using Accountability.Responsibility;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Accountability.Tests.Responsibility;

/// <summary>Every way a custom <see cref="IResponsibilityCheck"/> can misbehave ends as one <c>check-fault</c> naming it.</summary>
public class CheckFaultTests
{
    private static readonly LocalDate On = Fixture.Mar31;
    private const string Doing = "failed while checking matrix v1 as of 2026-03-31: ";

    public static TheoryData<string, IResponsibilityCheck, string> RunTimeFaults => new()
    {
        { "throws", new Faulty("throws", _ => throw new InvalidOperationException("boom")), "InvalidOperationException: boom" },
        { "own exception without problems", new Faulty("own", _ => throw new AccountabilityException("my own words")), "it threw an AccountabilityException of its own: my own words" },
        {
            "own exception with only warnings",
            new Faulty("warns", _ => throw new AccountabilityException([new Problem("x", "my-warning", "Careful.", ProblemSeverity.Warning)])),
            "it threw an AccountabilityException of its own with 1 problem(s): warning x: Careful. [my-warning]"
        },
        { "returns null", new Faulty("null-list", _ => null!), "it returned null instead of a list of problems." },
        { "yields a null problem", new Faulty("null-problem", _ => [null!]), "it reported a null problem." },
        { "fails part-way", new Faulty("part-way", PartWay), "InvalidOperationException: gave up after one" },
    };

    [Theory]
    [MemberData(nameof(RunTimeFaults))]
    public void Validate_MisbehavingCheck_IsOneFaultNamingIt(string why, IResponsibilityCheck check, string cause)
    {
        _ = why;
        var checks = new ResponsibilityChecks([check]);
        ResponsibilityMatrix matrix = Fixture.Basic().Build();
        string expected = $"error checks[{check.Name}]: The responsibility check '{check.Name}' {Doing}{cause} [check-fault]";

        foreach (Action run in new Action[] { () => matrix.Validate(On, checks), () => matrix.AsOf(On, checks), () => matrix.WhoAnswersFor("task", On, checks), () => checks.WithOptions(ResponsibilityOptions.Default).Validate(matrix, On) })
        {
            AccountabilityException ex = Assert.Throws<AccountabilityException>(run);
            Assert.Equal([expected], Fixture.Lines(ex.Problems));
            Assert.Equal(ResponsibilityProblemCodes.CheckFault, ex.Problems[0].Code);
        }
    }

    [Fact]
    public void Validate_CheckThrowingItsOwnException_KeepsItAsTheInnerException()
    {
        var own = new AccountabilityException([new Problem("x", "my-warning", "Careful.", ProblemSeverity.Warning)]);
        var checks = new ResponsibilityChecks([new Faulty("warns", _ => throw own)]);
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => Fixture.Basic().Build().Validate(On, checks));
        Assert.Same(own, ex.InnerException);
        Assert.NotSame(own, ex);
    }

    [Fact]
    public void Register_NameThrowsOrIsNull_IsAFaultNamingTheCheckByItsType()
    {
        var ex = Assert.Throws<AccountabilityException>(() => new ResponsibilityChecks([new NameThrows(), new NullName(), new Faulty("fine", _ => [])]));
        Assert.Equal(
            [
                "error checks[0].name: The responsibility check 'NameThrows' failed while being registered (reading its name): NotSupportedException: no name today [check-fault]",
                "error checks[1].name: The responsibility check 'NullName' failed while being registered: its name is null. [check-fault]",
            ],
            Fixture.Lines(ex.Problems));
        Assert.IsType<NotSupportedException>(ex.InnerException);
    }

    [Fact]
    public void Validate_NameIsReadOnceAtRegistration()
    {
        var fickle = new NameThrowsAfterFirstRead();
        var checks = new ResponsibilityChecks([fickle]).WithOptions(ResponsibilityOptions.Default.WithOverloadLimit(3));
        Assert.DoesNotContain(Fixture.Basic().Build().Validate(On, checks), p => p.Code == ResponsibilityProblemCodes.CheckFault);
        Assert.Equal(1, fickle.Reads);
    }

    [Fact]
    public void DependencyInjection_ConstructorThrows_IsAFaultNamingTheCheck()
    {
        AccountabilityException ex = Resolve(b => b.AddResponsibilityCheck<ConstructorThrows>());
        Assert.Equal(
            ["error checks[ConstructorThrows]: The responsibility check 'ConstructorThrows' failed while being created by the service provider: InvalidOperationException: no database [check-fault]"],
            Fixture.Lines(ex.Problems));
    }

    [Fact]
    public void DependencyInjection_NameThrowsOrIsNull_IsAFaultNamingTheCheck()
    {
        Assert.Equal(
            ["error checks[0].name: The responsibility check 'NameThrows' failed while being registered (reading its name): NotSupportedException: no name today [check-fault]"],
            Fixture.Lines(Resolve(b => b.AddResponsibilityCheck<NameThrows>()).Problems));
        Assert.Equal(
            ["error checks[0].name: The responsibility check 'NullName' failed while being registered: its name is null. [check-fault]"],
            Fixture.Lines(Resolve(b => b.AddResponsibilityCheck<NullName>()).Problems));
    }

    [Fact]
    public void DependencyInjection_CheckRegisteredByHandThatCannotBeCreated_IsAFault()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IResponsibilityCheck>(_ => throw new InvalidOperationException("factory broke"));
        services.AddAccountability(b => b.AddResponsibilityChecks());
        using ServiceProvider provider = services.BuildServiceProvider();
        AccountabilityException ex = Assert.Throws<AccountabilityException>(provider.GetRequiredService<ResponsibilityChecks>);
        Assert.Equal(
            ["error checks: The responsibility check 'IResponsibilityCheck' failed while being created by the service provider: InvalidOperationException: factory broke [check-fault]"],
            Fixture.Lines(ex.Problems));
    }

    [Fact]
    public void DependencyInjection_CheckThrowingAtRunTime_IsAFault()
    {
        var services = new ServiceCollection();
        services.AddAccountability(b => b.AddResponsibilityCheck<ThrowsWhenRun>());
        using ServiceProvider provider = services.BuildServiceProvider();
        ResponsibilityChecks checks = provider.GetRequiredService<ResponsibilityChecks>();
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => Fixture.Basic().Build().Validate(On, checks));
        Assert.Equal([$"error checks[runs-badly]: The responsibility check 'runs-badly' {Doing}ArgumentException: bad argument [check-fault]"], Fixture.Lines(ex.Problems));
    }

    private static AccountabilityException Resolve(Action<IAccountabilityBuilder> configure)
    {
        var services = new ServiceCollection();
        services.AddAccountability(configure);
        using ServiceProvider provider = services.BuildServiceProvider();
        return Assert.Throws<AccountabilityException>(provider.GetRequiredService<ResponsibilityChecks>);
    }

    private static IEnumerable<Problem> PartWay(ResponsibilityCheckContext context)
    {
        yield return new Problem(ResponsibilityCheckContext.PathOf(new WorkItemId("task")), "first", "First.", ProblemSeverity.Warning);
        throw new InvalidOperationException("gave up after one");
    }

    private sealed class Faulty(string name, Func<ResponsibilityCheckContext, IEnumerable<Problem>> check) : IResponsibilityCheck
    {
        public string Name => name;

        public IEnumerable<Problem> Check(ResponsibilityCheckContext context) => check(context);

        public override string ToString() => name;
    }

    private sealed class NameThrows : IResponsibilityCheck
    {
        public string Name => throw new NotSupportedException("no name today");

        public IEnumerable<Problem> Check(ResponsibilityCheckContext context) => [];
    }

    private sealed class NullName : IResponsibilityCheck
    {
        public string Name => null!;

        public IEnumerable<Problem> Check(ResponsibilityCheckContext context) => [];
    }

    private sealed class NameThrowsAfterFirstRead : IResponsibilityCheck
    {
        public int Reads { get; private set; }

        public string Name => ++Reads == 1 ? "fickle" : throw new InvalidOperationException("read twice");

        public IEnumerable<Problem> Check(ResponsibilityCheckContext context) => [];
    }

    private sealed class ConstructorThrows : IResponsibilityCheck
    {
        public ConstructorThrows() => throw new InvalidOperationException("no database");

        public string Name => "never";

        public IEnumerable<Problem> Check(ResponsibilityCheckContext context) => [];
    }

    private sealed class ThrowsWhenRun : IResponsibilityCheck
    {
        public string Name => "runs-badly";

        public IEnumerable<Problem> Check(ResponsibilityCheckContext context) => throw new ArgumentException("bad argument");
    }
}
