namespace Accountability.Feedback;

/// <summary>
/// A piece of feedback as it stands: the original record, every correction and acknowledgment of it, and the text and
/// visibility after the corrections.
/// </summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="FeedbackHistory"/>.</remarks>
public sealed class FeedbackEntry
{
    internal FeedbackEntry(FeedbackRecord record, IReadOnlyList<FeedbackCorrection> corrections, IReadOnlyList<Acknowledgment> acknowledgments)
    {
        Record = record;
        Corrections = corrections;
        Acknowledgments = acknowledgments;
        string text = record.Text;
        FeedbackVisibility visibility = record.Visibility;
        foreach (FeedbackCorrection correction in corrections)
        {
            IsRetracted |= correction.IsRetraction;
            text = correction.Text ?? text;
            visibility = correction.Visibility ?? visibility;
        }

        Text = text;
        Visibility = visibility;
    }

    /// <summary>The feedback as first given; never changed.</summary>
    public FeedbackRecord Record { get; }

    /// <summary>The corrections and retraction of it, in the order they were made.</summary>
    public IReadOnlyList<FeedbackCorrection> Corrections { get; }

    /// <summary>The subject's acknowledgments of it, in the order they were made.</summary>
    public IReadOnlyList<Acknowledgment> Acknowledgments { get; }

    /// <summary>The text after every correction.</summary>
    public string Text { get; }

    /// <summary>The visibility after every correction.</summary>
    public FeedbackVisibility Visibility { get; }

    /// <summary>Tells whether the feedback was retracted: hidden from the current view, kept in the full history.</summary>
    public bool IsRetracted { get; }

    /// <summary>Tells whether the subject acknowledged it.</summary>
    public bool IsAcknowledged => Acknowledgments.Count > 0;

    /// <summary>Returns <c>kind by author to subject: text</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Record.Kind} by {Record.Author} to {Record.Subject}: {Text}{(Corrections.Count > 0 ? IsRetracted ? " (retracted)" : " (corrected)" : string.Empty)}";
}
