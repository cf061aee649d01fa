namespace Accountability.Goals;

/// <summary>
/// The stable codes of the problems the goals stage reports (see <see cref="Problem.Code"/>): goal trees, actuals,
/// apportionment, target decomposition, seasonality, shared credit, pace and departures.
/// </summary>
/// <remarks>
/// Lower-case kebab-case, like every stage's codes. Amounts that do not fit on their unit's grid are reported with
/// the kernel's <see cref="KernelProblemCodes.AmountTooLargeForGrid"/> and <see cref="KernelProblemCodes.AmountOffGrid"/>,
/// currencies that differ with <see cref="KernelProblemCodes.CurrencyMismatch"/>.
/// </remarks>
public static class GoalProblemCodes
{
    /// <summary>Two goals of a tree have the same identifier.</summary>
    public const string GoalDuplicateId = "goal-duplicate-id";

    /// <summary>A goal names a parent that is not in the tree.</summary>
    public const string GoalUnknownParent = "goal-unknown-parent";

    /// <summary>Goals are each other's parents in a cycle.</summary>
    public const string GoalCycle = "goal-cycle";

    /// <summary>A goal's period is not within its parent's period.</summary>
    public const string GoalPeriodOutsideParent = "goal-period-outside-parent";

    /// <summary>A goal's target unit differs from its parent's (currencies are reported as <see cref="KernelProblemCodes.CurrencyMismatch"/>).</summary>
    public const string GoalUnitMismatch = "goal-unit-mismatch";

    /// <summary>A warning: the children's targets do not add up to their parent's target.</summary>
    public const string GoalChildrenTotal = "goal-children-total";

    /// <summary>Someone other than the goal's owner acknowledges its target.</summary>
    public const string AcknowledgmentNotOwner = "acknowledgment-not-owner";

    /// <summary>An objection to a target has no comment.</summary>
    public const string AcknowledgmentObjectionWithoutComment = "acknowledgment-objection-without-comment";

    /// <summary>An actual names a goal that is not in the tree.</summary>
    public const string ActualUnknownGoal = "actual-unknown-goal";

    /// <summary>An actual is dated outside its goal's period.</summary>
    public const string ActualOutsidePeriod = "actual-outside-period";

    /// <summary>An actual has more decimal places than its goal's unit.</summary>
    public const string ActualOffGrid = "actual-off-grid";

    /// <summary>An actual is recorded on a goal with children and cannot be placed on exactly one of its owner's leaves.</summary>
    public const string ActualNotOnLeaf = "actual-not-on-leaf";

    /// <summary>Actuals, or their ratio to a target, go beyond the range of <see cref="decimal"/>.</summary>
    public const string ActualOverflow = "actual-overflow";

    /// <summary>A non-zero total is shared among no parts.</summary>
    public const string ApportionmentNoParts = "apportionment-no-parts";

    /// <summary>A weight is negative.</summary>
    public const string ApportionmentWeightNegative = "apportionment-weight-negative";

    /// <summary>A weight needs more than 18 significant digits at the weights' common scale.</summary>
    public const string ApportionmentWeightPrecision = "apportionment-weight-precision";

    /// <summary>Every weight is zero, so there is nothing to share a non-zero total in proportion to.</summary>
    public const string ApportionmentWeightsAllZero = "apportionment-weights-all-zero";

    /// <summary>A minimum is negative.</summary>
    public const string ApportionmentMinimumNegative = "apportionment-minimum-negative";

    /// <summary>A maximum is less than its minimum.</summary>
    public const string ApportionmentMaximumBelowMinimum = "apportionment-maximum-below-minimum";

    /// <summary>The minimums (and locked parts) add up to more than the total.</summary>
    public const string ApportionmentMinimumsExceedTotal = "apportionment-minimums-exceed-total";

    /// <summary>The parts that can take units hold less than the total in all.</summary>
    public const string ApportionmentMaximumsBelowTotal = "apportionment-maximums-below-total";

    /// <summary>A rate target is split into parts (each part keeps the rate instead).</summary>
    public const string DecompositionRateNotSplit = "decomposition-rate-not-split";

    /// <summary>A part's minimum, maximum or locked value has more decimal places than the target's unit.</summary>
    public const string DecompositionOffGrid = "decomposition-off-grid";

    /// <summary>Sub-periods a target is split over overlap.</summary>
    public const string DecompositionPeriodsOverlap = "decomposition-periods-overlap";

    /// <summary>A seasonality profile has no percentages.</summary>
    public const string SeasonalityEmpty = "seasonality-empty";

    /// <summary>A seasonality percentage is negative.</summary>
    public const string SeasonalityNegative = "seasonality-negative";

    /// <summary>A seasonality profile's percentages do not add up to exactly 100.</summary>
    public const string SeasonalitySum = "seasonality-sum";

    /// <summary>A seasonality profile does not have one percentage per month of the period.</summary>
    public const string SeasonalityMonths = "seasonality-months";

    /// <summary>A seasonality profile does not have one percentage per sub-period.</summary>
    public const string SeasonalityPeriods = "seasonality-periods";

    /// <summary>A shared sale has no shares.</summary>
    public const string CreditNoShares = "credit-no-shares";

    /// <summary>A credit share's percentage is negative.</summary>
    public const string CreditNegative = "credit-negative";

    /// <summary>A shared sale credits the same goal more than once.</summary>
    public const string CreditDuplicateGoal = "credit-duplicate-goal";

    /// <summary>A shared sale's percentages do not add up to exactly 100.</summary>
    public const string CreditSum = "credit-sum";

    /// <summary>The pace thresholds are not ordered 0 &lt;= off track &lt;= on track.</summary>
    public const string PaceThresholds = "pace-thresholds";

    /// <summary>A goal's pace (expected so far, pace ratio or forecast) goes beyond the range of <see cref="decimal"/>.</summary>
    public const string PaceOverflow = "pace-overflow";

    /// <summary>A departure names a goal (leaving or successor) that is not in the tree.</summary>
    public const string DepartureUnknownGoal = "departure-unknown-goal";

    /// <summary>The leaving goal has goals below it owned by others.</summary>
    public const string DepartureNotLeaf = "departure-not-leaf";

    /// <summary>The leaving goal's target is a rate, which is not redistributed.</summary>
    public const string DepartureRate = "departure-rate";

    /// <summary>The last day is not within the goal's period and before its end.</summary>
    public const string DepartureLastDay = "departure-last-day";

    /// <summary>The leaving goal has actuals after the last day.</summary>
    public const string DepartureActualsAfterLastDay = "departure-actuals-after-last-day";

    /// <summary>The successor goal is not another open goal under the same parent in the same unit.</summary>
    public const string DepartureSuccessorNotSibling = "departure-successor-not-sibling";

    /// <summary>A new successor goal's identifier is already used.</summary>
    public const string DepartureSuccessorExists = "departure-successor-exists";

    /// <summary>The leaving goal has no parent, so no other goals can take over its target.</summary>
    public const string DepartureNoParent = "departure-no-parent";

    /// <summary>No other open goal under the same parent can take over the target.</summary>
    public const string DepartureNoReceivers = "departure-no-receivers";

    /// <summary>Moving the rest of a target to others goes beyond the range of <see cref="decimal"/>.</summary>
    public const string DepartureOverflow = "departure-overflow";
}
