using Accountability.Calibration;
using Accountability.Feedback;
using Accountability.Goals;
using Accountability.Responsibility;
using Accountability.Reviews;
using Accountability.Scoring;
using NodaTime;

namespace Accountability.Reports;

/// <summary>
/// The accountability report for one person and one review cycle — the library's synthesis of the loop: their goals
/// and targets with progress, their scored result and its explanation, the work they answer for, the feedback they
/// received and gave, their appeals, their plan and its progress, and the change since the last cycle.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Built with <see cref="Create"/>; each section is optional and says so when it was not
/// given. <see cref="ToMarkdown"/> and <see cref="ToHtml"/> write it for people; the properties are the same content as data.
/// </remarks>
public sealed class AccountabilityReport
{
    internal AccountabilityReport(
        PartyId subject,
        ReviewCycle cycle,
        LocalDate asOf,
        IReadOnlyList<GoalProgress>? goals,
        ScorecardResult? result,
        PartyResponsibilities? responsibilities,
        IReadOnlyList<FeedbackEntry>? received,
        IReadOnlyList<FeedbackEntry>? given,
        IReadOnlyList<AppealCase>? appeals,
        ImprovementPlan? plan,
        CycleComparison? sinceLastCycle,
        DistributionComparison? distribution,
        IReadOnlyList<SubjectTrend>? trends,
        VolatilityComparison? volatility)
    {
        Subject = subject;
        Cycle = cycle;
        AsOf = asOf;
        Goals = goals;
        Result = result;
        Responsibilities = responsibilities;
        FeedbackReceived = received;
        FeedbackGiven = given;
        Appeals = appeals;
        Plan = plan;
        SinceLastCycle = sinceLastCycle;
        Distribution = distribution;
        Trends = trends;
        Volatility = volatility;
    }

    /// <summary>Whose report it is.</summary>
    public PartyId Subject { get; }

    /// <summary>The review cycle it reports on.</summary>
    public ReviewCycle Cycle { get; }

    /// <summary>The date the report is made as of (progress, plan status and responsibilities on that date).</summary>
    public LocalDate AsOf { get; }

    /// <summary>The subject's goals that overlap the cycle's period, with progress as of <see cref="AsOf"/>; null when no goal tree was given.</summary>
    public IReadOnlyList<GoalProgress>? Goals { get; }

    /// <summary>The subject's scored result for the cycle; null when not given.</summary>
    public ScorecardResult? Result { get; }

    /// <summary>What the subject answers for in the responsibility matrix on <see cref="AsOf"/>; null when no matrix was given.</summary>
    public PartyResponsibilities? Responsibilities { get; }

    /// <summary>Feedback the subject received (current view: corrections applied, retractions hidden); null when no feedback was given.</summary>
    public IReadOnlyList<FeedbackEntry>? FeedbackReceived { get; }

    /// <summary>Feedback the subject gave (including upward suggestions); null when no feedback was given.</summary>
    public IReadOnlyList<FeedbackEntry>? FeedbackGiven { get; }

    /// <summary>The subject's appeals and their decisions; null when no feedback was given.</summary>
    public IReadOnlyList<AppealCase>? Appeals { get; }

    /// <summary>The subject's improvement plan; null when not given.</summary>
    public ImprovementPlan? Plan { get; }

    /// <summary>This cycle's result against the last; null when not given.</summary>
    public CycleComparison? SinceLastCycle { get; }

    /// <summary>The team's spread over the bands of a distribution guideline (such as 20 / 70 / 10 %) for the cycle; null when not given.</summary>
    public DistributionComparison? Distribution { get; }

    /// <summary>The trends of the cycle's participants (the subject's among them), in the order given; null when not given.</summary>
    public IReadOnlyList<SubjectTrend>? Trends { get; }

    /// <summary>The team's volatility before and after (for instance, before and after accountability took hold); null when not given.</summary>
    public VolatilityComparison? Volatility { get; }

    /// <summary>Starts a report for <paramref name="subject"/> on <paramref name="cycle"/>.</summary>
    /// <param name="subject">Whose report it is; a participant of the cycle.</param>
    /// <param name="cycle">The review cycle.</param>
    /// <param name="asOf">The date the report is made as of; the cycle's last day when omitted.</param>
    /// <returns>A builder to add the sections to.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cycle"/> is null.</exception>
    public static AccountabilityReportBuilder Create(PartyId subject, ReviewCycle cycle, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return new AccountabilityReportBuilder(subject, cycle, asOf ?? cycle.Period.End);
    }

    /// <summary>Writes the report as Markdown.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => ReportMarkdown.Write(this);

    /// <summary>
    /// Writes the report as one self-contained XHTML5 page (no scripts, no external assets, styles inline) with SVG
    /// charts the library draws itself: the score of each criterion against the target score of 100, the team's
    /// distribution against the guideline, each participant's trend, and the team's volatility before and after.
    /// </summary>
    /// <remarks>
    /// The page is well-formed XML in the XHTML namespace (the charts in the SVG namespace), so it reads the same as
    /// <c>.html</c> or <c>.xhtml</c>. The charts do not rely on colour: bars carry patterns and their values as text,
    /// and every chart has a <c>title</c> and a <c>desc</c>. A chart without data says "no data". Numbers are written
    /// with the invariant culture, as <see cref="ToMarkdown"/> writes them; the same report always gives the same text.
    /// </remarks>
    /// <returns>The XHTML text.</returns>
    public string ToHtml() => ReportHtml.Write(this);

    /// <inheritdoc/>
    public override string ToString() => $"Accountability report for {Subject}, {Cycle.Name}";
}
