namespace Accountability.Feedback;

/// <summary>The stable codes of the problems the feedback stage reports (see <see cref="Problem.Code"/>).</summary>
/// <remarks>Lower-case kebab-case, part of the public contract: they do not change between versions.</remarks>
public static class FeedbackProblemCodes
{
    /// <summary>A text (feedback, a reason, a response) is empty or white space.</summary>
    public const string TextEmpty = "text-empty";

    /// <summary>A text is longer than <see cref="FeedbackText.MaxLength"/> characters.</summary>
    public const string TextTooLong = "text-too-long";

    /// <summary>The author is not in the party directory given.</summary>
    public const string UnknownAuthor = "unknown-author";

    /// <summary>The subject is not in the party directory given.</summary>
    public const string UnknownSubject = "unknown-subject";

    /// <summary>Someone other than the subject acknowledges or appeals.</summary>
    public const string NotTheSubject = "not-the-subject";

    /// <summary>Someone the appeal or suggestion was not routed to decides it.</summary>
    public const string NotRoutedTo = "not-routed-to";

    /// <summary>An appeal is filed on a period that is already closed.</summary>
    public const string PeriodClosed = "period-closed";

    /// <summary>A change of state that is not allowed from the current state (deciding a decided appeal, adopting an unconsidered suggestion, correcting a retracted record).</summary>
    public const string TransitionNotAllowed = "transition-not-allowed";

    /// <summary>A record referred to does not exist in the store.</summary>
    public const string RecordNotFound = "record-not-found";

    /// <summary>A record referred to exists but is of the wrong kind (an appeal decision pointing at a piece of feedback).</summary>
    public const string WrongRecordKind = "wrong-record-kind";

    /// <summary>Appending with an expected stream version that is not the stream's current version: another writer got there first.</summary>
    public const string VersionConflict = "version-conflict";

    /// <summary>A record with the same identifier is already stored.</summary>
    public const string DuplicateRecord = "duplicate-record";

    /// <summary>No one is on record as accountable for the work, so an appeal or suggestion cannot be routed.</summary>
    public const string NotRoutable = "not-routable";

    /// <summary>An appeal names a criterion the scored result does not have, or one with no value to correct.</summary>
    public const string CriterionNotInResult = "criterion-not-in-result";

    /// <summary>A custom feedback kind uses a name the library reserves.</summary>
    public const string ReservedKind = "reserved-kind";

    /// <summary>An upheld appeal's correction changes nothing, or names a reference value the scorecard does not take per subject.</summary>
    public const string CorrectionInvalid = "correction-invalid";

    /// <summary>A correction or retraction is made by someone other than the original author.</summary>
    public const string NotTheAuthor = "not-the-author";

    /// <summary>
    /// An integrator's party directory, closed-period list or record-identifier source threw, or broke its contract
    /// (such as making a default identifier; a repeated one is refused by the store, as <c>duplicate-record</c> or <c>version-conflict</c>); the fault names it and what it was doing.
    /// </summary>
    public const string PluginFault = "plugin-fault";
}
