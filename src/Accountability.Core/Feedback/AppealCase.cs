using NodaTime;

namespace Accountability.Feedback;

/// <summary>An appeal and its decision, if made.</summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="FeedbackHistory"/>.</remarks>
public sealed class AppealCase
{
    internal AppealCase(Appeal appeal, AppealDecision? decision)
    {
        Appeal = appeal;
        Decision = decision;
    }

    /// <summary>The appeal as filed.</summary>
    public Appeal Appeal { get; }

    /// <summary>The decision; <see langword="null"/> while the appeal is open.</summary>
    public AppealDecision? Decision { get; }

    /// <summary>Tells whether the appeal is still open.</summary>
    public bool IsOpen => Decision is null;

    /// <summary>Tells whether the appeal is open after its deadline, on <paramref name="date"/>.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns><see langword="true"/> when the appeal is open and <paramref name="date"/> is after its deadline.</returns>
    public bool IsPastDeadline(LocalDate date) => IsOpen && date > Appeal.Deadline;

    /// <summary>Returns the appeal's result, subject and state.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"Appeal {Appeal.Id} by {Appeal.Author} on {Appeal.Result}: {(Decision is null ? "open until " + Appeal.Deadline.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture) : Decision.Outcome.ToString().ToLowerInvariant())}";
}
