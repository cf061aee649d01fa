namespace Accountability.Scoring;

/// <summary>
/// A handle to one named reference value of a criterion (a target, a threshold, a custom parameter), taken by a
/// rule at bind time with <see cref="ScoringRuleBindContext.Reference(string, decimal)"/> and read at score time
/// with <see cref="ScoringContext.Reference"/>. Every subject reads the criterion's own value, unless the scorecard
/// declares the value per subject (<see cref="ScorecardBuilder.PerSubject"/>): then each subject reads its own through
/// the same slot, without any change to the rule.
/// </summary>
/// <remarks>An immutable value. <c>default</c> is not a valid slot.</remarks>
public readonly record struct ReferenceSlot
{
    internal ReferenceSlot(int index, string name)
    {
        Index = index + 1;
        _name = name;
    }

    private readonly string? _name;

    /// <summary>The reference value's name, such as <c>target</c>; empty for <c>default</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>One more than the position in the criterion's reference values; 0 for <c>default</c>.</summary>
    internal int Index { get; }
}
