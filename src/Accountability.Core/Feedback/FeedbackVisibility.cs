namespace Accountability.Feedback;

/// <summary>Who may see a piece of feedback.</summary>
public enum FeedbackVisibility
{
    /// <summary>Only its author and the subject's managers.</summary>
    AuthorAndManagers = 0,

    /// <summary>Shared with the subject.</summary>
    SharedWithSubject = 1,

    /// <summary>Shared with the subject's team.</summary>
    Team = 2,
}
