namespace Accountability.Feedback;

/// <summary>How an appeal ended.</summary>
public enum AppealOutcome
{
    /// <summary>The appeal was upheld: a value was corrected and the result scored again, recorded beside the old one.</summary>
    Upheld = 0,

    /// <summary>The appeal was rejected, with a reason.</summary>
    Rejected = 1,
}
