using Accountability.Reviews;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Accountability.Tests.Reviews.ReviewFixtures;

namespace Accountability.Tests.Reviews;

/// <summary>Laws of what the reviews stage reads from scored results: the proposed plan and the cycle-over-cycle change.</summary>
public class ReviewResultProperties
{
    public sealed record Quarter(int Sales, int Target, int Calls, int Dso)
    {
        public ScorecardResult Score() => ReviewFixtures.Score(Ana, Sales, Target, Calls, Dso);

        public override string ToString() => $"sales {Sales} of {Target}, calls {Calls}, dso {Dso}";
    }

    public static class Arbitraries
    {
        public static Arbitrary<Quarter> Quarters() =>
            (from sales in Gen.Choose(50, 140)
             from target in Gen.Choose(80, 120)
             from calls in Gen.Choose(40, 160)
             from dso in Gen.Choose(25, 75)
             select new Quarter(sales * 1000, target * 1000, calls, dso)).ToArbitrary();
    }

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Propose_OneOpenActionPerCriterionBelowTheBar_InOrder(Quarter quarter, byte bar)
    {
        ScorecardResult result = quarter.Score();
        ImprovementPlan plan = ImprovementPlan.Propose(result, Q1, April1, new PlanProposalOptions(April1, bar), Lee, T0);

        CriterionId[] expected = [.. result.Criteria.Where(c => c.IsIncluded && c.Score < bar).Select(c => c.CriterionId)];
        bool ok = plan.Actions.Select(a => a.Addresses!.Criterion!.Value).SequenceEqual(expected)
            && plan.Actions.All(a => a.Status == ActionStatus.Open && a.Gap!.ScoreGap > 0 && a.Gap.ScoreGap == bar - result[a.Gap.Criterion].Score)
            && plan.Actions.Select(a => a.Number).SequenceEqual(Enumerable.Range(1, expected.Length));
        return ok.Label($"{quarter}, bar {bar}");
    }

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Compare_KindFollowsTheScores(Quarter last, Quarter now)
    {
        ScorecardResult before = last.Score();
        ScorecardResult after = now.Score();
        CycleComparison comparison = CycleComparison.Compare(before, after);

        bool ok = comparison.Changes.Select(c => c.Criterion).SequenceEqual(after.Criteria.Select(c => c.CriterionId))
            && comparison.Changes.All(c =>
                c.PreviousScore == before[c.Criterion].Score
                && c.CurrentScore == after[c.Criterion].Score
                && c.Kind == (c.Difference > 0 ? CriterionChangeKind.Improved : c.Difference < 0 ? CriterionChangeKind.Declined : CriterionChangeKind.Unchanged))
            && CycleComparison.Compare(after, before).Changes.Select(c => c.Difference).SequenceEqual(comparison.Changes.Select(c => -c.Difference));
        return ok.Label($"{last} then {now}");
    }
}
