namespace Accountability.Feedback;

/// <summary>What a piece of feedback is about: a criterion result of a scored period, a goal, a work item, a review cycle, or nothing.</summary>
/// <remarks>Immutable and thread-safe; compared by value. Exactly the property that matches <see cref="Kind"/> is set.</remarks>
public sealed class FeedbackTopic : IEquatable<FeedbackTopic>
{
    private FeedbackTopic(FeedbackTopicKind kind, ScoredResultKey? result = null, GoalId? goal = null, WorkItemId? workItem = null, ReviewCycleId? reviewCycle = null)
    {
        Kind = kind;
        Result = result;
        Goal = goal;
        WorkItem = workItem;
        ReviewCycle = reviewCycle;
    }

    /// <summary>Feedback about nothing in particular.</summary>
    public static FeedbackTopic None { get; } = new(FeedbackTopicKind.None);

    /// <summary>What the feedback is about.</summary>
    public FeedbackTopicKind Kind { get; }

    /// <summary>The criterion result, for <see cref="FeedbackTopicKind.CriterionResult"/>.</summary>
    public ScoredResultKey? Result { get; }

    /// <summary>The goal, for <see cref="FeedbackTopicKind.Goal"/>.</summary>
    public GoalId? Goal { get; }

    /// <summary>The work item, for <see cref="FeedbackTopicKind.WorkItem"/>.</summary>
    public WorkItemId? WorkItem { get; }

    /// <summary>The review cycle, for <see cref="FeedbackTopicKind.ReviewCycle"/>.</summary>
    public ReviewCycleId? ReviewCycle { get; }

    /// <summary>Feedback about one criterion result of a scored period.</summary>
    /// <param name="result">The criterion result; it must name a criterion.</param>
    /// <returns>The topic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> names no criterion.</exception>
    public static FeedbackTopic CriterionResult(ScoredResultKey result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Criterion is null)
        {
            throw new ArgumentException("Feedback about a criterion result must name the criterion.", nameof(result));
        }

        return new FeedbackTopic(FeedbackTopicKind.CriterionResult, result: result);
    }

    /// <summary>Feedback about a goal.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The topic.</returns>
    /// <exception cref="ArgumentException"><paramref name="goal"/> is default.</exception>
    public static FeedbackTopic OfGoal(GoalId goal)
    {
        Identifier.ThrowIfDefault(goal, "The goal cannot be default.", nameof(goal));
        return new FeedbackTopic(FeedbackTopicKind.Goal, goal: goal);
    }

    /// <summary>Feedback about a work item.</summary>
    /// <param name="workItem">The work item.</param>
    /// <returns>The topic.</returns>
    /// <exception cref="ArgumentException"><paramref name="workItem"/> is default.</exception>
    public static FeedbackTopic OfWorkItem(WorkItemId workItem)
    {
        Identifier.ThrowIfDefault(workItem, "The work item cannot be default.", nameof(workItem));
        return new FeedbackTopic(FeedbackTopicKind.WorkItem, workItem: workItem);
    }

    /// <summary>Feedback about a review cycle.</summary>
    /// <param name="reviewCycle">The review cycle.</param>
    /// <returns>The topic.</returns>
    /// <exception cref="ArgumentException"><paramref name="reviewCycle"/> is default.</exception>
    public static FeedbackTopic OfReviewCycle(ReviewCycleId reviewCycle)
    {
        Identifier.ThrowIfDefault(reviewCycle, "The review cycle cannot be default.", nameof(reviewCycle));
        return new FeedbackTopic(FeedbackTopicKind.ReviewCycle, reviewCycle: reviewCycle);
    }

    /// <inheritdoc/>
    public bool Equals(FeedbackTopic? other) =>
        other is not null && Kind == other.Kind && Equals(Result, other.Result) && Goal == other.Goal && WorkItem == other.WorkItem && ReviewCycle == other.ReviewCycle;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FeedbackTopic);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Result, Goal, WorkItem, ReviewCycle);

    /// <summary>Describes the topic.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        FeedbackTopicKind.CriterionResult => "criterion result " + Result,
        FeedbackTopicKind.Goal => "goal " + Goal!.Value.Value,
        FeedbackTopicKind.WorkItem => "work item " + WorkItem!.Value.Value,
        FeedbackTopicKind.ReviewCycle => "review cycle " + ReviewCycle!.Value.Value,
        _ => "nothing in particular",
    };
}
