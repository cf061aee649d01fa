namespace Accountability.Feedback;

/// <summary>What a piece of feedback is about.</summary>
public enum FeedbackTopicKind
{
    /// <summary>Nothing in particular.</summary>
    None = 0,

    /// <summary>A criterion result of a scored period.</summary>
    CriterionResult = 1,

    /// <summary>A goal.</summary>
    Goal = 2,

    /// <summary>A work item.</summary>
    WorkItem = 3,

    /// <summary>A review cycle.</summary>
    ReviewCycle = 4,
}
