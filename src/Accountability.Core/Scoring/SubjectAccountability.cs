using System.Globalization;
using Accountability.Responsibility;

namespace Accountability.Scoring;

/// <summary>
/// Who answers for one criterion of one subject's result: the responsibility matrix's answer for the criterion's work
/// item resolved <em>for the subject</em> — the items under it the subject is Responsible for, and the person
/// Accountable for each — or why there is no answer.
/// </summary>
/// <remarks>Immutable and thread-safe. A West rep's sales miss is answered by that rep and the West manager.</remarks>
public sealed class SubjectAccountability
{
    internal SubjectAccountability(PartyId subject, CriterionResult criterion, SubjectAnswer? answer, IReadOnlyList<Problem> problems)
    {
        Subject = subject;
        Criterion = criterion;
        Answer = answer;
        Problems = problems;
    }

    /// <summary>The subject whose result it is.</summary>
    public PartyId Subject { get; }

    /// <summary>The criterion's result.</summary>
    public CriterionResult Criterion { get; }

    /// <summary>The matrix's answer for the subject; <see langword="null"/> when the criterion names no work item or the matrix cannot answer at all.</summary>
    public SubjectAnswer? Answer { get; }

    /// <summary>
    /// Why the answer is missing or incomplete: the criterion names no work item (<c>criterion-without-work-item</c>), the
    /// subject is not Responsible for that work (<c>not-responsible</c>), errors block an item, or the matrix refused
    /// (such as <c>unknown-party</c>); empty when answered.
    /// </summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Tells whether the subject is Responsible for the criterion's work and every item of it names its Accountable person.</summary>
    public bool IsAnswered => Answer is { IsAnswered: true };

    /// <summary>Describes the criterion's outcome and who answers for it, for the subject.</summary>
    /// <returns>One or more lines.</returns>
    public override string ToString()
    {
        string outcome = Criterion.OutcomeText();
        string head = $"{Criterion.Criterion.Name} ({Criterion.CriterionId}) for {Subject} {outcome}";
        return Answer is not null
            ? $"{head}; {Answer}"
            : $"{head}; no answer: {string.Join(" ", Problems.Select(p => p.Message))}";
    }
}
