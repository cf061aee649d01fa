using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accountability.Tests.Robustness;

public sealed class KernelRobustnessTests
{
    [Fact]
    public void Months_PeriodEndingOnTheCalendarsLastDay_StopsThere()
    {
        IReadOnlyList<DateInterval> months = ReportingPeriod.Months(new DateInterval(new LocalDate(9999, 11, 15), LocalDate.MaxIsoValue));
        Assert.Equal([new DateInterval(new LocalDate(9999, 11, 15), new LocalDate(9999, 11, 30)), new DateInterval(new LocalDate(9999, 12, 1), LocalDate.MaxIsoValue)], months);
    }

    [Fact]
    public void Months_SingleDayAtEitherEndOfTheCalendar_IsOneMonth()
    {
        Assert.Single(ReportingPeriod.Months(new DateInterval(LocalDate.MaxIsoValue, LocalDate.MaxIsoValue)));
        Assert.Single(ReportingPeriod.Months(new DateInterval(LocalDate.MinIsoValue, LocalDate.MinIsoValue)));
        Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Months(null!));
    }

    [Fact]
    public void QuarterAndFiscalYear_EndingOnTheCalendarsLastDay_AreBuilt()
    {
        Assert.Equal(new DateInterval(new LocalDate(9999, 10, 1), LocalDate.MaxIsoValue), ReportingPeriod.Quarter(9999, 4));
        Assert.Equal(ReportingPeriod.Year(9999), ReportingPeriod.FiscalYear(9999, 1));
        Assert.Equal(new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2027, 3, 31)), ReportingPeriod.FiscalYear(2026, 4));
        Assert.Equal(new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2025, 2, 28)), ReportingPeriod.FiscalYear(2024, 3));
        Assert.Equal(new DateInterval(new LocalDate(2023, 3, 1), new LocalDate(2024, 2, 29)), ReportingPeriod.FiscalYear(2023, 3));
        var ex = Assert.Throws<ArgumentOutOfRangeException>("startYear", () => ReportingPeriod.FiscalYear(9999, 4));
        Assert.StartsWith("A fiscal year starting after January of the calendar's last year would end beyond it.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportingPeriod_HostileYearsAndMonths_OnlyAllowedExceptions()
    {
        Hostile.AssertAllowed(() => ReportingPeriod.Year(int.MaxValue));
        Hostile.AssertAllowed(() => ReportingPeriod.Year(int.MinValue));
        Hostile.AssertAllowed(() => ReportingPeriod.Year(9999));
        Hostile.AssertAllowed(() => ReportingPeriod.Quarter(2026, 0));
        Hostile.AssertAllowed(() => ReportingPeriod.Quarter(2026, 5));
        Hostile.AssertAllowed(() => ReportingPeriod.Quarter(9999, 4));
        Hostile.AssertAllowed(() => ReportingPeriod.Quarter(int.MaxValue, 1));
        Hostile.AssertAllowed(() => ReportingPeriod.FiscalYear(9999, 4));
        Hostile.AssertAllowed(() => ReportingPeriod.FiscalYear(9998, 13));
        Hostile.AssertAllowed(() => ReportingPeriod.FiscalYear(2026, 0));
        Hostile.AssertAllowed(() => ReportingPeriod.FiscalYear(int.MinValue, 1));
        Hostile.AssertAllowed(() => ReportingPeriod.Covers(null!, ReportingPeriod.Year(2026)));
        Hostile.AssertAllowed(() => ReportingPeriod.Covers(ReportingPeriod.Year(2026), null!));
        Assert.Equal(19998 * 12, ReportingPeriod.Months(new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)).Count);
    }

    [Property(MaxTest = 300)]
    public Property Rounding_HostileValuesAndPlaces_OnlyAllowedExceptions()
    {
        Gen<(decimal, int)> cases = from v in Hostile.Decimal from d in Gen.Choose(-3, 40) select (v, d);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            Exception? forbidden = Hostile.Forbidden(() =>
            {
                Hostile.AssertAllowed(() => Rounding.Round(c.Item1, c.Item2));
                Hostile.AssertAllowed(() => Rounding.Format(c.Item1, c.Item2));
                Hostile.AssertAllowed(() => Rounding.Format(c.Item1));
            });
            return (forbidden is null).Label(forbidden?.ToString() ?? string.Empty);
        });
    }

    [Fact]
    public void Identifiers_HostileValues_OnlyAllowedExceptions()
    {
        Assert.Throws<ArgumentNullException>(() => new PartyId(null!));
        Hostile.AssertAllowed(() => _ = new PartyId(string.Empty));
        Hostile.AssertAllowed(() => _ = new PartyId(" "));
        Hostile.AssertAllowed(() => _ = new PartyId(new string('x', 100_000)));
        Hostile.AssertAllowed(() => _ = new PartyId("a\0b"));
        Hostile.AssertAllowed(() => _ = new GoalId("\uD800"));
        Hostile.AssertAllowed(() => _ = new WorkItemId("tab\there"));
        Hostile.AssertAllowed(() => _ = new CriterionId("ümlaut"));
        Hostile.AssertAllowed(() => _ = new ScorecardId("a]b[c"));
        Assert.False(Identifier.IsValid(null, out string? reason));
        Assert.NotNull(reason);
        Assert.Equal(string.Empty, default(PartyId).Value);
        Assert.Equal(string.Empty, default(PartyId).ToString());
        Assert.True(default(PartyId) < new PartyId("a"));
        Assert.Equal(default, default(GoalId));
        Assert.NotEqual(0, default(WorkItemId).GetHashCode() + 1);
    }

    [Fact]
    public void IdentifierJson_HostileDocuments_OnlyAllowedExceptions()
    {
        foreach (string json in new[] { "null", "\"\"", "\" \"", "42", "{}", "[]", "\"ok\"", "\"a\\u0000b\"" })
        {
            Exception? forbidden = Hostile.Forbidden(() => System.Text.Json.JsonSerializer.Deserialize<PartyId>(json));
            Assert.True(forbidden is null or System.Text.Json.JsonException, $"{json}: {forbidden}");
        }

        Assert.Equal("null", System.Text.Json.JsonSerializer.Serialize<PartyId?>(null));
        Hostile.AssertAllowed(() => System.Text.Json.JsonSerializer.Serialize(default(PartyId)));
    }

    [Fact]
    public void Problems_HostileArguments_OnlyAllowedExceptions()
    {
        Hostile.AssertAllowed(() => _ = new Problem(null!, "code", "message"));
        Hostile.AssertAllowed(() => _ = new Problem("path", null!, "message"));
        Hostile.AssertAllowed(() => _ = new Problem("path", "code", null!));
        Hostile.AssertAllowed(() => _ = new Problem("path", "code", "message", (ProblemSeverity)42));
        Hostile.AssertAllowed(() => new Problem("path", "code", "message").Under(null!));
        Hostile.AssertAllowed(() => _ = new Problem("path", "code", "message", attemptedValue: decimal.MaxValue).ToString());
        Hostile.AssertAllowed(() => _ = new AccountabilityException((IEnumerable<Problem>)null!));
        Hostile.AssertAllowed(() => _ = new AccountabilityException([null!]));
        Hostile.AssertAllowed(() => _ = new AccountabilityException(Array.Empty<Problem>()).Message);
        Hostile.AssertAllowed(() => AccountabilityException.ThrowIfAnyError(null!));
        Hostile.AssertAllowed(() => AccountabilityException.ThrowIfAnyError([null!]));
        AccountabilityException.ThrowIfAnyError([new Problem("p", "c", "only a warning", ProblemSeverity.Warning)]);
        Hostile.AssertAllowed(() => ProblemPath.Index(null!, 1));
        Hostile.AssertAllowed(() => ProblemPath.Index("items", -1));
        Hostile.AssertAllowed(() => ProblemPath.Index("items", int.MinValue));
        Hostile.AssertAllowed(() => ProblemPath.Key("values", null!));
        Hostile.AssertAllowed(() => ProblemPath.Key(null!, "k"));
        Hostile.AssertAllowed(() => ProblemPath.Join(null!, null!));
        Assert.Equal("values[a]b]", ProblemPath.Key("values", "a]b").Length > 0 ? ProblemPath.Key("values", "a]b") : string.Empty, StringComparer.Ordinal);
    }

    private sealed class NamedRule(string name) : Accountability.Scoring.IScoringRule
    {
        public string Name => name;

        public Accountability.Scoring.CriterionScorer? Bind(Accountability.Scoring.ScoringRuleBindContext context) => null;
    }

    [Fact]
    public void DependencyInjection_NullAndClashingRegistrations_OnlyAllowedExceptions()
    {
        Assert.Throws<ArgumentNullException>(() => Accountability.DependencyInjection.AccountabilityServiceCollectionExtensions.AddAccountability(null!));
        Assert.Throws<ArgumentNullException>(() => Accountability.DependencyInjection.ScoringBuilderExtensions.AddScoringRule(null!, new NamedRule("x")));
        Assert.Throws<ArgumentNullException>(() => Accountability.DependencyInjection.ScoringBuilderExtensions.AddScoringRule<NamedRuleWithDefaultName>(null!));
        Assert.Throws<ArgumentNullException>(() => Accountability.DependencyInjection.ResponsibilityBuilderExtensions.AddResponsibilityChecks(null!));
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Accountability.DependencyInjection.AccountabilityServiceCollectionExtensions.AddAccountability(services, b =>
        {
            Assert.Throws<ArgumentNullException>(() => Accountability.DependencyInjection.ScoringBuilderExtensions.AddScoringRule(b, null!));
            Accountability.DependencyInjection.ScoringBuilderExtensions.AddScoringRule(b, new NamedRule("linear"));
            Accountability.DependencyInjection.ScoringBuilderExtensions.AddScoringRule(b, new NamedRule(" padded"));
        });
        using Microsoft.Extensions.DependencyInjection.ServiceProvider provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Accountability.Scoring.ScoringRuleRegistry>(provider));
        Assert.True(ex.Problems.Count == 2, ex.Message);
    }

    private sealed class NamedRuleWithDefaultName : Accountability.Scoring.IScoringRule
    {
        public string Name => "named";

        public Accountability.Scoring.CriterionScorer? Bind(Accountability.Scoring.ScoringRuleBindContext context) => null;
    }
}
