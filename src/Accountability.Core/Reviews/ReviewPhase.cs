namespace Accountability.Reviews;

/// <summary>
/// The phases of a <see cref="ReviewCycle"/>, in order. A cycle moves forward one phase at a time, may go back to any
/// earlier phase with a reason while it is open, and stays <see cref="Closed"/> once closed (see <see cref="ReviewCycle.IsAllowed"/>).
/// </summary>
public enum ReviewPhase
{
    /// <summary>Goals and targets are set and accepted (the phase a cycle starts in).</summary>
    GoalSetting = 0,

    /// <summary>Participants assess themselves.</summary>
    SelfAssessment = 1,

    /// <summary>Managers assess and score.</summary>
    ManagerAssessment = 2,

    /// <summary>Scores from different raters are made comparable.</summary>
    Calibration = 3,

    /// <summary>Each participant has a feedback conversation.</summary>
    FeedbackConversation = 4,

    /// <summary>Participants acknowledge their results (and may appeal).</summary>
    Acknowledgment = 5,

    /// <summary>The cycle is closed (final).</summary>
    Closed = 6,
}
