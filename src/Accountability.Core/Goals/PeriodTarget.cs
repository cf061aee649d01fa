using NodaTime;

namespace Accountability.Goals;

/// <summary>The part of a target that falls in one sub-period (such as a month).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PeriodTarget
{
    internal PeriodTarget(DateInterval period, Target target)
    {
        Period = period;
        Target = target;
    }

    /// <summary>Gets the sub-period (dates inclusive).</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the target for the sub-period.</summary>
    public Target Target { get; }

    /// <summary>Describes the part, e.g. <c>2026-04-01..2026-04-30: 1000.00 USD</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => GoalText.Period(Period) + ": " + Target;
}
