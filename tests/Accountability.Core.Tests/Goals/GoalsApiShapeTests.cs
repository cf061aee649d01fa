using System.Reflection;
using System.Runtime.CompilerServices;
using Accountability.Goals;

namespace Accountability.Tests.Goals;

public class GoalsApiShapeTests
{
    private static readonly Type[] PublicTypes =
        [.. typeof(GoalTree).Assembly.GetExportedTypes().Where(t => t.Namespace == "Accountability.Goals")];

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        Type[] open = [.. PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))];
        Assert.Empty(open);
        Assert.True(PublicTypes.Length > 20);
    }

    [Fact]
    public void PublicProperties_HaveNoPublicSettersExceptInitOnlyOptions()
    {
        string[] settable =
        [
            .. PublicTypes
                .Where(t => t != typeof(GoalTreeBuilder))
                .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
                .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Select(p => p.DeclaringType!.Name + "." + p.Name),
        ];
        Assert.Empty(settable);
    }

    [Fact]
    public void ResultTypes_HaveNoPublicConstructors()
    {
        Type[] results = [typeof(Goal), typeof(GoalTree), typeof(GoalProgress), typeof(GoalProgressReport), typeof(GoalPace), typeof(ChildContribution), typeof(TargetAcknowledgment), typeof(PeriodTarget), typeof(ActualEntry)];
        Assert.All(results, t => Assert.Empty(t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)));
    }
}
