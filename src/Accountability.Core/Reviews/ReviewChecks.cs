using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Reviews;

/// <summary>The checks the reviews stage shares: texts and their limits, parties, the order of recorded changes.</summary>
internal static class ReviewChecks
{
    public static void Party(ProblemCollector problems, string path, PartyId party, string what)
    {
        if (party.IsDefault)
        {
            problems.Error(path, ReviewProblemCodes.PartyMissing, $"The {what} must be named (the party identifier is empty).");
        }
    }

    public static void Title(ProblemCollector problems, string path, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Error(path, ReviewProblemCodes.ActionTitleEmpty, "An action needs a title saying what is to be done.", title);
        }
        else if (title.Length > PlannedAction.MaxTitleLength)
        {
            problems.Error(path, ReviewProblemCodes.ActionTitleTooLong, Invariant($"An action's title can be at most {PlannedAction.MaxTitleLength} characters; this one has {title.Length}."), title.Length);
        }
    }

    public static void Reason(ProblemCollector problems, string path, string? reason)
    {
        if (reason is not null && reason.Length > ReviewCycle.MaxReasonLength)
        {
            problems.Error(path, ReviewProblemCodes.ReasonTooLong, Invariant($"A reason can be at most {ReviewCycle.MaxReasonLength} characters; this one has {reason.Length}."), reason.Length);
        }
    }

    public static void NotBefore(ProblemCollector problems, string path, Instant at, Instant last)
    {
        if (at < last)
        {
            problems.Error(path, ReviewProblemCodes.ChangeBeforePrevious, $"A change cannot be recorded at {Format(at)}, before the last recorded change at {Format(last)}.", at);
        }
    }

    /// <summary>A reason as recorded: trimmed, or null when blank.</summary>
    public static string? Clean(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    public static string Format(Instant at) => InstantPattern.General.Format(at);

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
