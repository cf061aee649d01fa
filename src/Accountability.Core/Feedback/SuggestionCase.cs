namespace Accountability.Feedback;

/// <summary>An upward suggestion and the steps it went through.</summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="FeedbackHistory"/>.</remarks>
public sealed class SuggestionCase
{
    internal SuggestionCase(FeedbackRecord suggestion, IReadOnlyList<SuggestionStatusChange> steps)
    {
        Suggestion = suggestion;
        Steps = steps;
    }

    /// <summary>The suggestion as given.</summary>
    public FeedbackRecord Suggestion { get; }

    /// <summary>Its steps, in order: received first.</summary>
    public IReadOnlyList<SuggestionStatusChange> Steps { get; }

    /// <summary>Where the suggestion stands.</summary>
    public SuggestionStatus Status => Steps.Count == 0 ? SuggestionStatus.Received : Steps[^1].Status;

    /// <summary>Whom the suggestion was routed to: the accountable of its work item.</summary>
    public IReadOnlyList<PartyId> RoutedTo => Steps.Count == 0 ? [] : Steps[0].RoutedTo;

    /// <summary>What the suggestion changed, when adopted; <see langword="null"/> otherwise.</summary>
    public string? Change => Status == SuggestionStatus.Adopted ? Steps[^1].Note : null;

    /// <summary>Why the suggestion was declined, when declined; <see langword="null"/> otherwise.</summary>
    public string? DeclineReason => Status == SuggestionStatus.Declined ? Steps[^1].Note : null;

    /// <summary>Returns the suggestion, its state and, when adopted, what it changed.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Suggestion.Author} on {Suggestion.Subject}: {Suggestion.Text} [{Status.ToString().ToLowerInvariant()}{(Steps.Count > 0 && Steps[^1].Note is string note ? ": " + note : string.Empty)}]";
}
