namespace Accountability.Feedback;

/// <summary>
/// The names of <see cref="AccountabilityRecord.Kind"/>: the four feedback kinds the library knows, and the kinds of
/// the other records. Custom feedback kinds may not use the names of the other records.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RecordKinds
{
    /// <summary>Feedback recognising good work.</summary>
    public const string Recognition = "recognition";

    /// <summary>Feedback on something to improve.</summary>
    public const string Improvement = "improvement";

    /// <summary>Coaching: advice on how to improve.</summary>
    public const string Coaching = "coaching";

    /// <summary>Upward feedback: a suggestion from the field about a team, role or work item.</summary>
    public const string UpwardSuggestion = "upward-suggestion";

    /// <summary>A <see cref="FeedbackCorrection"/>: a correction or retraction of feedback.</summary>
    public const string Correction = "correction";

    /// <summary>An <see cref="Feedback.Acknowledgment"/> of feedback or of a scored result.</summary>
    public const string Acknowledgment = "acknowledgment";

    /// <summary>An <see cref="Feedback.Appeal"/> against a criterion result.</summary>
    public const string Appeal = "appeal";

    /// <summary>An <see cref="Feedback.AppealDecision"/>: an appeal upheld or rejected.</summary>
    public const string AppealDecision = "appeal-decision";

    /// <summary>A <see cref="Feedback.SuggestionStatusChange"/>: a suggestion received, considered, adopted or declined.</summary>
    public const string SuggestionStatus = "suggestion-status";

    /// <summary>A <see cref="Reviews.PlanActionRecord"/>: an improvement plan's action added or its status changed.</summary>
    public const string PlanAction = "plan-action";

    /// <summary>A <see cref="Reviews.CycleTransitionRecord"/>: a review cycle moved from one phase to another.</summary>
    public const string CycleTransition = "cycle-transition";

    /// <summary>Tells whether <paramref name="name"/> is the kind of a record other than feedback, which custom feedback kinds cannot use.</summary>
    /// <param name="name">A kind's name.</param>
    /// <returns><see langword="true"/> when the name is reserved.</returns>
    public static bool IsReserved(string? name) =>
        name is Correction or Acknowledgment or Appeal or AppealDecision or SuggestionStatus or PlanAction or CycleTransition;
}
