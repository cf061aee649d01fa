using Accountability.Calibration;
using Accountability.Feedback;
using Accountability.Goals;
using Accountability.Responsibility;
using Accountability.Reviews;
using Accountability.Scoring;
using NodaTime;

namespace Accountability.Reports;

/// <summary>
/// Gathers the sections of an <see cref="AccountabilityReport"/>. Every section is optional; each one given must be
/// about the report's subject, and <see cref="Build"/> reports every mismatch at once.
/// </summary>
/// <remarks>Not thread-safe while being filled; the report it builds is immutable.</remarks>
public sealed class AccountabilityReportBuilder
{
    private readonly PartyId _subject;
    private readonly ReviewCycle _cycle;
    private readonly LocalDate _asOf;
    private readonly ProblemCollector _problems = new();
    private IReadOnlyList<GoalProgress>? _goals;
    private ScorecardResult? _result;
    private PartyResponsibilities? _responsibilities;
    private FeedbackHistory? _feedback;
    private ImprovementPlan? _plan;
    private CycleComparison? _comparison;
    private DistributionComparison? _distribution;
    private SubjectTrend[]? _trends;
    private VolatilityComparison? _volatility;

    internal AccountabilityReportBuilder(PartyId subject, ReviewCycle cycle, LocalDate asOf)
    {
        _subject = subject;
        _cycle = cycle;
        _asOf = asOf;
        if (subject.IsDefault)
        {
            _problems.Error("subject", ReportProblemCodes.SubjectMissing, "The report needs a subject.");
        }
        else if (!cycle.Participants.Contains(subject))
        {
            _problems.Error("subject", ReportProblemCodes.NotAParticipant, $"'{subject}' is not a participant of the cycle '{cycle.Name}'.", subject.Value);
        }
    }

    /// <summary>Adds the subject's goals that overlap the cycle's period, with their progress as of the report's date.</summary>
    /// <param name="tree">The goal tree.</param>
    /// <param name="actuals">The actuals ledger.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AccountabilityReportBuilder WithGoals(GoalTree tree, ActualsLedger actuals)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(actuals);
        DateInterval period = _cycle.Period;
        GoalProgressReport progress = tree.Evaluate(actuals, _asOf);
        _goals = [.. tree.Goals
            .Where(g => g.Owner == _subject && g.Period.Start <= period.End && g.Period.End >= period.Start)
            .OrderBy(g => g.Period.Start).ThenByDescending(g => g.Period.End).ThenBy(g => g.Id)
            .Select(g => progress[g.Id])];
        return this;
    }

    /// <summary>Adds the subject's scored result for the cycle.</summary>
    /// <param name="result">The result (explained).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public AccountabilityReportBuilder WithResult(ScorecardResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        SameSubject("result", result.Subject);
        _result = result;
        return this;
    }

    /// <summary>Adds what the subject answers for in the matrix on the report's date.</summary>
    /// <param name="matrix">The responsibility matrix in force on that date.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public AccountabilityReportBuilder WithResponsibilities(ResponsibilityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        try
        {
            _responsibilities = matrix.ResponsibilitiesOf(_subject, _asOf);
        }
        catch (AccountabilityException ex)
        {
            foreach (Problem problem in ex.Problems)
            {
                _problems.Add(new Problem(ProblemPath.Join("responsibilities", problem.Path), problem.Code, problem.Message, problem.Severity, problem.AttemptedValue));
            }
        }

        return this;
    }

    /// <summary>Adds the feedback the subject received and gave, and their appeals, from the feedback records.</summary>
    /// <param name="feedback">The feedback history (all records, or at least those by and about the subject).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is null.</exception>
    public AccountabilityReportBuilder WithFeedback(FeedbackHistory feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        _feedback = feedback;
        return this;
    }

    /// <summary>Adds the subject's improvement plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public AccountabilityReportBuilder WithPlan(ImprovementPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        SameSubject("plan", plan.Subject);
        _plan = plan;
        return this;
    }

    /// <summary>Adds the change since the last cycle.</summary>
    /// <param name="comparison">The comparison of the last cycle's result with this one's.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    public AccountabilityReportBuilder WithComparison(CycleComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        SameSubject("sinceLastCycle", comparison.Subject);
        _comparison = comparison;
        return this;
    }

    /// <summary>Adds the team's spread over the bands of a distribution guideline for the cycle.</summary>
    /// <param name="distribution">The comparison of where the team was placed with the guideline (counts per band, no names).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    public AccountabilityReportBuilder WithDistribution(DistributionComparison distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        _distribution = distribution;
        return this;
    }

    /// <summary>
    /// Adds the trends of the cycle's participants, the subject's among them, each once. A trend of someone outside the
    /// cycle is refused (<see cref="ReportProblemCodes.NotAParticipant"/>), as is a second trend of the same person
    /// (<see cref="ReportProblemCodes.TrendRepeated"/>) or a set without the subject's own
    /// (<see cref="ReportProblemCodes.SubjectTrendMissing"/>); <see cref="Build"/> lists them all.
    /// </summary>
    /// <param name="trends">The trends, in the order the report shows them.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trends"/> or one of them is null.</exception>
    public AccountabilityReportBuilder WithTrends(IEnumerable<SubjectTrend> trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        SubjectTrend[] items = [.. trends];
        var seen = new HashSet<PartyId>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(items[i], nameof(trends));
            PartyId about = items[i].Subject;
            string at = ProblemPath.Join(ProblemPath.Index("trends", i), "subject");
            if (!_cycle.Participants.Contains(about))
            {
                _problems.Error(at, ReportProblemCodes.NotAParticipant, $"The trend of '{about}' is not about a participant of the cycle '{_cycle.Name}'.", about.Value);
            }
            else if (!seen.Add(about))
            {
                _problems.Error(at, ReportProblemCodes.TrendRepeated, $"The trend of '{about}' is given more than once.", about.Value);
            }
        }

        if (!_subject.IsDefault && !seen.Contains(_subject))
        {
            _problems.Error("trends", ReportProblemCodes.SubjectTrendMissing, $"The trends do not include the subject's own, '{_subject}'.", _subject.Value);
        }

        _trends = items;
        return this;
    }

    /// <summary>Adds the team's volatility before and after (for instance, before and after accountability took hold).</summary>
    /// <param name="volatility">The comparison of the two spans.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="volatility"/> is null.</exception>
    public AccountabilityReportBuilder WithVolatility(VolatilityComparison volatility)
    {
        ArgumentNullException.ThrowIfNull(volatility);
        _volatility = volatility;
        return this;
    }

    /// <summary>Builds the report.</summary>
    /// <returns>The report.</returns>
    /// <exception cref="AccountabilityException">A section is about someone else, the subject is not a participant, a trend is refused, or the matrix could not answer: every problem at once.</exception>
    public AccountabilityReport Build()
    {
        _problems.ThrowIfErrors();
        IReadOnlyList<FeedbackEntry>? received = null;
        IReadOnlyList<FeedbackEntry>? given = null;
        IReadOnlyList<AppealCase>? appeals = null;
        if (_feedback is not null)
        {
            received = [.. _feedback.Current.Where(e => e.Record.Subject.Party == _subject)];
            given = [.. _feedback.Current.Where(e => e.Record.Author == _subject)];
            appeals = [.. _feedback.Appeals.Where(a => a.Appeal.Author == _subject)];
        }

        return new AccountabilityReport(_subject, _cycle, _asOf, _goals, _result, _responsibilities, received, given, appeals, _plan, _comparison, _distribution, _trends, _volatility);
    }

    private void SameSubject(string section, PartyId about)
    {
        if (about != _subject)
        {
            _problems.Error(section, ReportProblemCodes.OtherSubject, $"The {section} is about '{about}', not '{_subject}'.", about.Value);
        }
    }
}
