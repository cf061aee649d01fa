namespace Accountability.Scoring;

/// <summary>A table filled from goals by <see cref="GoalBinding.Fill(Goals.GoalTree, Goals.ActualsLedger, NodaTime.DateInterval, IEnumerable{PartyId})"/>, and what was reported.</summary>
/// <remarks>Immutable, except that the table is the usual mutable buffer.</remarks>
public sealed class GoalBindingResult
{
    internal GoalBindingResult(ActualsTable table, IReadOnlyList<Problem> notes)
    {
        Table = table;
        Notes = notes;
    }

    /// <summary>The filled table: each subject's own targets and actuals of the linked criteria.</summary>
    public ActualsTable Table { get; }

    /// <summary>
    /// What the bridge reported (warnings): subjects with no goal in the period, goals whose owners are not scored,
    /// subjects whose goals cover only part of the period.
    /// </summary>
    public IReadOnlyList<Problem> Notes { get; }
}
