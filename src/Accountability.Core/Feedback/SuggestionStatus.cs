namespace Accountability.Feedback;

/// <summary>Where an upward suggestion stands: received → considered → adopted or declined.</summary>
public enum SuggestionStatus
{
    /// <summary>Received and routed to the accountable of the work item; not yet looked at.</summary>
    Received = 0,

    /// <summary>Being considered.</summary>
    Considered = 1,

    /// <summary>Adopted, with what it changed.</summary>
    Adopted = 2,

    /// <summary>Declined, with a reason.</summary>
    Declined = 3,
}
