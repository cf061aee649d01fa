using System.Reflection;
using System.Runtime.CompilerServices;

namespace Accountability.Tests.Api;

/// <summary>Guards the shape of the public API: sealed, immutable models; mutable types only where named as such.</summary>
public class PublicApiShapeTests
{
    private static readonly Assembly Library = typeof(Problem).Assembly;

    /// <summary>Types that are mutable on purpose: builders, and the batch buffer.</summary>
    private static bool IsDeliberatelyMutable(Type type) =>
        type.Name.EndsWith("Builder", StringComparison.Ordinal) || type == typeof(Accountability.Scoring.ActualsTable)
        // Settings bound from configuration (the options pattern needs setters); the library copies them into its
        // immutable option types once they have been validated.
        || type.Namespace == "Accountability.DependencyInjection" && (type.Name.EndsWith("Settings", StringComparison.Ordinal) || type.Name == "AccountabilityOptions");

    private static IEnumerable<Type> PublicClasses() =>
        Library.GetExportedTypes().Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t));

    [Fact]
    public void PublicClasses_AreSealedOrAbstract()
    {
        string[] open = [.. PublicClasses()
            .Where(t => !t.IsSealed && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t))
            .Select(t => t.FullName!)];
        Assert.Empty(open);
    }

    [Fact]
    public void PublicModels_HaveNoPublicSetters()
    {
        string[] settable = [.. Library.GetExportedTypes()
            .Where(t => !IsDeliberatelyMutable(t) && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{t.FullName}.{p.Name}"))];
        Assert.Empty(settable);
    }

    [Fact]
    public void PublicModels_HaveNoPublicMutableFields()
    {
        string[] fields = [.. Library.GetExportedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && !t.IsEnum)
                .Select(f => $"{t.FullName}.{f.Name}"))];
        Assert.Empty(fields);
    }

    [Fact]
    public void PublicTypes_LiveInKnownNamespaces()
    {
        string[] known = ["Accountability", "Accountability.Criteria", "Accountability.Scoring", "Accountability.DependencyInjection", "Accountability.Responsibility", "Accountability.Goals", "Accountability.Formulas", "Accountability.Serialization", "Accountability.Reviews", "Accountability.Feedback", "Accountability.Calibration", "Accountability.Reports"];
        string[] stray = [.. Library.GetExportedTypes()
            .Where(t => !known.Any(n => t.Namespace == n || t.Namespace!.StartsWith(n + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName!)];
        Assert.Empty(stray);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
