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
