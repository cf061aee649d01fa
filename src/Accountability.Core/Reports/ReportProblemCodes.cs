namespace Accountability.Reports;

/// <summary>The codes of the problems a report is refused with.</summary>
/// <remarks>Codes are part of the contract: lower-case kebab-case, stable across versions.</remarks>
public static class ReportProblemCodes
{
    /// <summary>The report has no subject.</summary>
    public const string SubjectMissing = "report-subject-missing";

    /// <summary>The subject is not a participant of the cycle.</summary>
    public const string NotAParticipant = "not-a-participant";

    /// <summary>A section given is about someone else.</summary>
    public const string OtherSubject = "section-of-another-subject";

    /// <summary>A trend is given twice for the same person.</summary>
    public const string TrendRepeated = "trend-repeated";

    /// <summary>Trends are given, but not the subject's own.</summary>
    public const string SubjectTrendMissing = "subject-trend-missing";
}
