using Accountability.Calibration;
using Accountability.Responsibility;

namespace Accountability.DependencyInjection;

/// <summary>
/// The library's settings as an application keeps them in its configuration (for example the <c>Accountability</c>
/// section of <c>appsettings.json</c>), bound by
/// <see cref="AccountabilityServiceCollectionExtensions.AddAccountability(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration, Action{IAccountabilityBuilder}?)"/>
/// and checked when the application starts.
/// </summary>
/// <remarks>
/// A mutable settings object, as the options pattern needs; the library turns it into its immutable option types
/// (<see cref="ResponsibilityOptions"/>, <see cref="CalibrationOptions"/>) once, after it has been validated. Settings
/// left out keep the library's defaults.
/// </remarks>
public sealed class AccountabilityOptions
{
    /// <summary>The settings of the responsibility checks.</summary>
    public ResponsibilitySettings Responsibility { get; set; } = new();

    /// <summary>The settings of rating calibration.</summary>
    public CalibrationSettings Calibration { get; set; } = new();
}

/// <summary>The configurable settings of the responsibility checks (see <see cref="ResponsibilityOptions"/>).</summary>
public sealed class ResponsibilitySettings
{
    /// <summary>The most work items one party may be Accountable for on a date before the <c>overload</c> warning; 0 or more.</summary>
    public int OverloadLimit { get; set; } = ResponsibilityOptions.Default.OverloadLimit;

    /// <summary>The most parties that may be Consulted on one work item before the <c>too-many-consulted</c> warning; 0 or more.</summary>
    public int MaximumConsulted { get; set; } = ResponsibilityOptions.Default.MaximumConsulted;

    /// <summary>Whether the scheme's own forbidden code combinations are checked.</summary>
    public bool UseSchemeForbiddenCombinations { get; set; } = ResponsibilityOptions.Default.UseSchemeForbiddenCombinations;

    /// <summary>Combinations of codes one party may not hold on one work item, in addition to the scheme's, each written <c>"A+C"</c>.</summary>
#pragma warning disable CA1002, CA2227 // a settings object bound from configuration
    public List<string> ForbiddenCombinations { get; set; } = [];

    /// <summary>Severities that replace those the checks give, by problem code, such as <c>"overload": "Error"</c>.</summary>
    public Dictionary<string, ProblemSeverity> SeverityOverrides { get; set; } = new(StringComparer.Ordinal);
#pragma warning restore CA1002, CA2227
}

/// <summary>The configurable settings of rating calibration (see <see cref="CalibrationOptions"/>).</summary>
public sealed class CalibrationSettings
{
    /// <summary>The fewest ratings a rater must give to be assessed and standardised; at least 2.</summary>
    public int MinimumRatingsPerRater { get; set; } = CalibrationOptions.Default.MinimumRatingsPerRater;

    /// <summary>How far, in standard deviations, a rater's mean must lie from the population's mean to count as lenient or severe; 0 or more.</summary>
    public decimal LeniencyThreshold { get; set; } = CalibrationOptions.Default.LeniencyThreshold;

    /// <summary>The share of the population's spread at or below which a rater shows central tendency; 0 to 1.</summary>
    public decimal CentralTendencyRatio { get; set; } = CalibrationOptions.Default.CentralTendencyRatio;

    /// <summary>Whether each rater's ratings are standardised and mapped back to the scale.</summary>
    public bool Normalize { get; set; } = CalibrationOptions.Default.Normalize;

    /// <summary>What happens to a rater who cannot be standardised.</summary>
    public UnadjustableRaterHandling UnadjustableRaters { get; set; } = CalibrationOptions.Default.UnadjustableRaters;
}
