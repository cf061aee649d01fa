using Accountability.Responsibility;

namespace Accountability.DependencyInjection;

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
