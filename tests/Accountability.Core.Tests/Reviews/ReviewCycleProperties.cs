using Accountability.Reviews;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Accountability.Tests.Reviews.ReviewFixtures;

namespace Accountability.Tests.Reviews;

/// <summary>
/// The state machines' law: any sequence of allowed moves keeps a cycle (or a plan) valid, and any forbidden one is
/// refused with the state unchanged.
/// </summary>
public class ReviewCycleProperties
{
    /// <summary>How the readiness facts of a step look: none given, nothing outstanding, or something outstanding.</summary>
    public enum ReadinessKind
    {
        None,
        Ready,
        Outstanding,
    }

    public sealed record PhaseStep(ReviewPhase To, bool WithReason, ReadinessKind Readiness, int MinutesLater)
    {
        public override string ToString() => $"→{To}{(WithReason ? " (reason)" : string.Empty)} {Readiness} +{MinutesLater}m";
    }

    public sealed record ActionStep(int Action, ActionStatus To, bool WithReason, int MinutesLater)
    {
        public override string ToString() => $"#{Action}→{To}{(WithReason ? " (reason)" : string.Empty)} +{MinutesLater}m";
    }

    public static class Arbitraries
    {
        public static Arbitrary<PhaseStep[]> Steps() =>
            (from n in Gen.Choose(0, 40)
             from steps in (from to in Gen.Frequency((3, Gen.Choose(0, 6)), (1, Gen.Constant(6)))
                            from reason in Gen.Elements(true, false)
                            from readiness in Gen.Elements(ReadinessKind.None, ReadinessKind.Ready, ReadinessKind.Outstanding)
                            from later in Gen.Frequency((9, Gen.Choose(0, 90)), (1, Gen.Choose(-30, -1)))
                            select new PhaseStep((ReviewPhase)to, reason, readiness, later)).ArrayOf(n)
             select steps).ToArbitrary();

        public static Arbitrary<ActionStep[]> ActionSteps() =>
            (from n in Gen.Choose(0, 30)
             from steps in (from action in Gen.Choose(1, 4)
                            from to in Gen.Elements(Enum.GetValues<ActionStatus>())
                            from reason in Gen.Elements(true, false)
                            from later in Gen.Frequency((9, Gen.Choose(0, 90)), (1, Gen.Choose(-30, -1)))
                            select new ActionStep(action, to, reason, later)).ArrayOf(n)
             select steps).ToArbitrary();
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property AnySequence_AllowedMovesKeepTheCycleValid_ForbiddenOnesChangeNothing(PhaseStep[] steps)
    {
        ReviewCycle cycle = Cycle();
        Instant clock = T0;
        foreach (PhaseStep step in steps)
        {
            Instant at = clock + Duration.FromMinutes(step.MinutesLater);
            CycleReadiness? readiness = step.Readiness switch
            {
                ReadinessKind.Ready => CycleReadiness.Ready,
                ReadinessKind.Outstanding => new CycleReadiness([Ben], []),
                _ => null,
            };
            string? reason = step.WithReason ? "because" : null;
            bool expected = ReviewCycle.IsAllowed(cycle.Phase, step.To)
                && (step.To > cycle.Phase || step.WithReason)
                && (step.To != ReviewPhase.Closed || (readiness is not null && (readiness.IsReady || step.WithReason)))
                && at >= cycle.LastChangeAt;
            ReviewPhase before = cycle.Phase;
            int count = cycle.Transitions.Count;
            try
            {
                ReviewCycle next = cycle.MoveTo(step.To, Lee, at, reason, readiness);
                if (!expected || next.Phase != step.To || next.Transitions.Count != count + 1 || cycle.Phase != before || cycle.Transitions.Count != count)
                {
                    return false.Label($"accepted {step} from {before}");
                }

                cycle = next;
                clock = at;
            }
            catch (AccountabilityException error)
            {
                if (expected || error.Problems.Count == 0 || cycle.Phase != before || cycle.Transitions.Count != count)
                {
                    return false.Label($"refused {step} from {before}: {error.Message}");
                }
            }

            if (!IsValid(cycle))
            {
                return false.Label($"invalid after {step}");
            }
        }

        return true.ToProperty();
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property AnySequence_AllowedStatusChangesKeepThePlanValid_ForbiddenOnesChangeNothing(ActionStep[] steps)
    {
        ImprovementPlan plan = ImprovementPlan.Create(Ana, April1, Lee, T0)
            .AddAction("one", Ana, April1, Lee, T0)
            .AddAction("two", Ana, April1, Lee, T0)
            .AddAction("three", Ana, April1, Lee, T0, ActionKind.Training);
        Instant clock = T0;
        foreach (ActionStep step in steps)
        {
            Instant at = clock + Duration.FromMinutes(step.MinutesLater);
            bool known = step.Action <= plan.Actions.Count;
            bool expected = known
                && PlannedAction.IsAllowed(plan[step.Action].Status, step.To)
                && (step.To != ActionStatus.Dropped || step.WithReason)
                && at >= plan.LastChangeAt;
            ActionStatus[] before = [.. plan.Actions.Select(a => a.Status)];
            int count = plan.History.Count;
            try
            {
                ImprovementPlan next = plan.ChangeStatus(step.Action, step.To, Lee, at, step.WithReason ? "because" : null);
                if (!expected || next[step.Action].Status != step.To || next.History.Count != count + 1 || plan.History.Count != count)
                {
                    return false.Label($"accepted {step}");
                }

                plan = next;
                clock = at;
            }
            catch (AccountabilityException)
            {
                if (expected || plan.History.Count != count || !before.SequenceEqual(plan.Actions.Select(a => a.Status)))
                {
                    return false.Label($"refused {step}");
                }
            }

            // Valid: each action's history is a chain of allowed changes ending in its status, drops have reasons.
            foreach (PlannedAction action in plan.Actions)
            {
                ActionStatus status = ActionStatus.Open;
                foreach (ActionStatusChange change in action.History.Skip(1))
                {
                    if (change.From != status || !PlannedAction.IsAllowed(status, change.To) || (change.To == ActionStatus.Dropped && change.Reason is null))
                    {
                        return false.Label($"invalid history of action {action.Number}");
                    }

                    status = change.To;
                }

                if (status != action.Status)
                {
                    return false.Label($"action {action.Number} status differs from its history");
                }
            }
        }

        return true.ToProperty();
    }

    private static bool IsValid(ReviewCycle cycle)
    {
        ReviewPhase phase = ReviewPhase.GoalSetting;
        Instant last = cycle.CreatedAt;
        foreach (PhaseTransition move in cycle.Transitions)
        {
            if (move.From != phase || !ReviewCycle.IsAllowed(move.From, move.To) || move.At < last)
            {
                return false;
            }

            if ((move.IsBack || move.IsOverride) && move.Reason is null)
            {
                return false;
            }

            if ((move.To == ReviewPhase.Closed) != (move.Readiness is not null))
            {
                return false;
            }

            phase = move.To;
            last = move.At;
        }

        return phase == cycle.Phase;
    }
}
