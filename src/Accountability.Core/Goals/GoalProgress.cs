namespace Accountability.Goals;

/// <summary>One goal's progress as of a date: target, actual, attainment and each child's contribution.</summary>
/// <remarks>Immutable and thread-safe. Created by <see cref="GoalTree.Evaluate"/>.</remarks>
public sealed class GoalProgress
{
    private readonly GoalRollUp.RollUpState _state;
    private readonly int _index;
    private ChildContribution[]? _contributions;

    internal GoalProgress(Goal goal, decimal actual, decimal measure, decimal? attainment, GoalRollUp.RollUpState state, int index)
    {
        Goal = goal;
        Actual = actual;
        Measure = measure;
        Attainment = attainment;
        _state = state;
        _index = index;
    }

    /// <summary>Gets the goal.</summary>
    public Goal Goal { get; }

    /// <summary>Gets the target value.</summary>
    public decimal Target => Goal.Target.Value;

    /// <summary>Gets the actual: the sum of the actuals below the goal, or for rates their mean weighted by measure (0 when there are none).</summary>
    public decimal Actual { get; }

    /// <summary>Gets the total measure behind a rate's mean (the sum of the entries' measures); for summed units the number of entries.</summary>
    public decimal Measure { get; }

    /// <summary>
    /// Gets the attainment as a fraction (1 = 100 %): actual ÷ target. For a parent this equals its children's
    /// attainments weighted by their targets, not a plain average. <see langword="null"/> when the target is zero or,
    /// for a rate, when there are no actuals yet.
    /// </summary>
    public decimal? Attainment { get; }

    /// <summary>Gets each child's contribution, in the order of the goal's children.</summary>
    /// <exception cref="AccountabilityException">A child's contribution is beyond the range of <see cref="decimal"/> (<see cref="GoalProblemCodes.ActualOverflow"/>).</exception>
    public IReadOnlyList<ChildContribution> Contributions =>
        LazyInitializer.EnsureInitialized(ref _contributions, () => GoalRollUp.Contributions(_state, _index));

    /// <summary>Describes the progress.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Goal.Id}: {Goal.Target.Unit.Format(Actual)} of {Goal.Target}" + (Attainment is decimal a ? " (" + Percent(a) + ")" : string.Empty);

    // An attainment too large to show as a percentage is shown as a multiple of the target.
    private static string Percent(decimal attainment) => decimal.Abs(attainment) <= decimal.MaxValue / 100m
        ? Rounding.Format(attainment * 100m, 1) + " %"
        : Rounding.Format(attainment, 1) + " times the target";
}
