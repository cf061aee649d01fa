using System.Reflection;
using Accountability.Responsibility;

namespace Accountability.Tests.Responsibility;

/// <summary>Guards the house rules on the public types of Accountability.Responsibility.</summary>
public class ResponsibilityApiShapeTests
{
    private static readonly Type[] PublicTypes =
        [.. typeof(ResponsibilityMatrix).Assembly.GetExportedTypes().Where(t => t.Namespace == "Accountability.Responsibility")];

    [Fact]
    public void Classes_AreSealedOrStatic()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.Name).ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void Models_HaveNoPublicSetters_ExceptTheBuilder()
    {
        var settable = PublicTypes
            .Where(t => t != typeof(ResponsibilityMatrixBuilder))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToList();
        Assert.Empty(settable);
    }

    [Fact]
    public void Results_HaveNoPublicConstructors()
    {
        Type[] results = [typeof(AccountabilityAnswer), typeof(ResolvedAssignment), typeof(PartyResponsibilities), typeof(PartyResponsibility), typeof(Workload), typeof(WorkloadRow), typeof(MatrixDiff), typeof(ValueChange<Party>), typeof(Handover), typeof(ResponsibilitySnapshot), typeof(ResponsibilityCheckContext)];
        Assert.All(results, t => Assert.Empty(t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)));
    }
}
