using System.Globalization;
using Accountability.Responsibility;

namespace Accountability.Scoring;

/// <summary>
/// Who answers for one criterion of a scored result: the responsibility matrix's answer for the
/// criterion's work item (accountable, responsible, consulted, informed, resolved to people on the
/// matrix snapshot's date), or why there is no answer.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CriterionAccountability
{
    internal CriterionAccountability(CriterionResult criterion, AccountabilityAnswer? answer, IReadOnlyList<Problem> problems)
    {
        Criterion = criterion;
        Answer = answer;
        Problems = problems;
    }

    /// <summary>The criterion's result.</summary>
    public CriterionResult Criterion { get; }

    /// <summary>Who answers for the criterion's work item; <see langword="null"/> when the criterion names no work item or the matrix cannot say.</summary>
    public AccountabilityAnswer? Answer { get; }

    /// <summary>Why there is no answer (the matrix's blocking errors, or that the criterion names no work item); empty when answered.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Tells whether the matrix answered.</summary>
    public bool IsAnswered => Answer is not null;

    /// <summary>Describes the criterion's outcome and who answers for it.</summary>
    /// <returns>One or more lines.</returns>
    public override string ToString()
    {
        string outcome = Criterion.OutcomeText();
        string head = $"{Criterion.Criterion.Name} ({Criterion.CriterionId}) {outcome}";
        return Answer is not null
            ? $"{head}; {Answer}"
            : $"{head}; no answer: {string.Join(" ", Problems.Select(p => p.Message))}";
    }
}
