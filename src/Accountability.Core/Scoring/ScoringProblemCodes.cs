namespace Accountability.Scoring;

/// <summary>The stable codes of the problems the scoring stage reports (see <see cref="Problem.Code"/>).</summary>
public static class ScoringProblemCodes
{
    /// <summary>A rule needs a reference value that is not given.</summary>
    public const string ValueRequired = "value-required";

    /// <summary>A reference value is given that the rule does not use.</summary>
    public const string ValueNotUsed = "value-not-used";

    /// <summary>The rule does not score criteria of this direction.</summary>
    public const string DirectionNotSupported = "direction-not-supported";

    /// <summary>Reference values are in the wrong order for the direction (such as a threshold above the target for higher-is-better).</summary>
    public const string ValuesOutOfOrder = "values-out-of-order";

    /// <summary>A reference value is outside what the rule accepts (such as a zero target for a ratio).</summary>
    public const string ValueOutOfRange = "value-out-of-range";

    /// <summary>A step table has a gap between two steps.</summary>
    public const string StepGap = "step-gap";

    /// <summary>A step table has two steps that overlap.</summary>
    public const string StepOverlap = "step-overlap";

    /// <summary>A step is empty or malformed (its end not above its start, an open end in the middle).</summary>
    public const string StepInvalid = "step-invalid";

    /// <summary>Scores of a step table or rating scale go against the criterion's direction.</summary>
    public const string NotMonotone = "not-monotone";

    /// <summary>A rating scale repeats a rating or has fewer than two points.</summary>
    public const string ScaleInvalid = "scale-invalid";

    /// <summary>An actual value falls outside what the rule can score (outside the steps, the scale or the accepted range).</summary>
    public const string ActualOutOfDomain = "actual-out-of-domain";

    /// <summary>A scorecard names a rule that is not registered.</summary>
    public const string UnknownRule = "unknown-rule";

    /// <summary>A scoring rule threw an exception.</summary>
    public const string RuleFault = "rule-fault";

    /// <summary>A scoring rule returned a score outside the range it declared.</summary>
    public const string ScoreOutOfRange = "score-out-of-range";

    /// <summary>Two rules were registered under one name.</summary>
    public const string DuplicateRule = "duplicate-rule";

    /// <summary>A scorecard has no criteria.</summary>
    public const string NoCriteria = "no-criteria";

    /// <summary>A weight is zero or negative.</summary>
    public const string WeightNotPositive = "weight-not-positive";

    /// <summary>Percentage weights do not add up to exactly 100.</summary>
    public const string WeightsNotHundred = "weights-not-100";

    /// <summary>Two criteria of one scorecard share an id.</summary>
    public const string DuplicateCriterion = "duplicate-criterion";

    /// <summary>An id, name or other identifier is missing or invalid.</summary>
    public const string InvalidIdentifier = "invalid-identifier";

    /// <summary>Actual values name a criterion that the scorecard does not have.</summary>
    public const string UnknownCriterion = "unknown-criterion";

    /// <summary>A value that should be there is missing and the missing-value policy is to fail.</summary>
    public const string MissingValue = "missing-value";

    /// <summary>Weights times scores exceed the range of <see cref="decimal"/>.</summary>
    public const string ScoreOverflow = "score-overflow";

    /// <summary>Another scorecard's result used as a value belongs to another subject.</summary>
    public const string SubjectMismatch = "subject-mismatch";

    /// <summary>A rating band table is malformed.</summary>
    public const string BandsInvalid = "bands-invalid";

    /// <summary>A gate refers to an unknown criterion or band, or has an invalid setting.</summary>
    public const string GateInvalid = "gate-invalid";

    /// <summary>A criterion's scoring settings are not the kind its rule is set up with (such as custom settings naming a built-in rule).</summary>
    public const string SettingsNotSupported = "settings-not-supported";

    /// <summary>Scorecard results are nested (a scorecard of scorecards of …) deeper than <see cref="ScorecardResult.MaxNestingDepth"/>.</summary>
    public const string NestingTooDeep = "nesting-too-deep";

    /// <summary>A criterion names no work item, so no one is on record as answering for it.</summary>
    public const string NoWorkItem = "no-work-item";

    /// <summary>Criteria whose formulas read each other's scores in a cycle.</summary>
    public const string CriteriaCycle = "criteria-cycle";

    /// <summary>A reference value declared or given per subject is not one the criterion's rule takes (such as <c>target</c> for a rule that reads no target).</summary>
    public const string UnknownReference = "unknown-reference";

    /// <summary>A subject of a scorecard linked to goals has no goal of the linked metric within the scoring period (their target stays missing).</summary>
    public const string NoGoalInPeriod = "no-goal-in-period";

    /// <summary>A goal of a linked metric lies within the scoring period, but its owner is not a subject of the scorecard.</summary>
    public const string GoalOwnerNotScored = "goal-owner-not-scored";

    /// <summary>A subject's goals of a linked metric cover only part of the scoring period (an owner who left, or a successor who joined, mid-period).</summary>
    public const string PartialPeriod = "partial-period";

    /// <summary>The integrator's predicate that recognises a linked metric's goals failed (see <see cref="GoalBinding.Link"/>).</summary>
    public const string MetricFault = "metric-fault";
}
