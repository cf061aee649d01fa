using System.Text;
using NodaTime;

namespace Accountability.Reviews;

/// <summary>
/// Writes the reviews stage's parts of the accountability report as Markdown (lines end with <c>\n</c>): a plan and its
/// progress, a cycle with its phases and moves, and the change since last cycle. Text is made only when asked for.
/// </summary>
internal static class ReviewMarkdown
{
    public static string Plan(ImprovementPlan plan, LocalDate? asOf)
    {
        var text = new StringBuilder();
        text.Append("### Improvement plan for ").Append(Cell(plan.Subject.Value)).Append("\n\n");
        text.Append(ReviewChecks.Invariant($"Made on {ReviewChecks.Format(plan.MadeOn)} by {plan.MadeBy}. {plan.Actions.Count} action{(plan.Actions.Count == 1 ? string.Empty : "s")}: {plan.Count(ActionStatus.Done)} done, {plan.Count(ActionStatus.InProgress)} in progress, {plan.Count(ActionStatus.Open)} open, {plan.Count(ActionStatus.Dropped)} dropped"));
        if (asOf is { } on)
        {
            int overdue = plan.Overdue(on).Count;
            text.Append(ReviewChecks.Invariant($"; {overdue} overdue on {ReviewChecks.Format(on)}"));
        }

        text.Append(".\n");
        if (plan.Actions.Count == 0)
        {
            return text.ToString();
        }

        text.Append("\n| # | Action | Kind | Owner | Due | Status | Addresses |\n| --: | --- | --- | --- | --- | --- | --- |\n");
        foreach (PlannedAction action in plan.Actions)
        {
            string status = PlannedAction.Describe(action.Status)
                + (action.DropReason is { } why ? ": " + why : string.Empty)
                + (asOf is { } day && action.IsOverdueOn(day) ? " (overdue)" : string.Empty);
            Row(text, action.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), action.Title, PlannedAction.Describe(action.Kind), action.Owner.Value, ReviewChecks.Format(action.Due), status, action.Addresses?.ToString() ?? string.Empty);
        }

        return text.ToString();
    }

    public static string Cycle(ReviewCycle cycle, LocalDate? asOf)
    {
        var text = new StringBuilder();
        text.Append("### Review cycle: ").Append(Cell(cycle.Name)).Append("\n\n");
        text.Append(ReviewChecks.Invariant($"Period {ReviewChecks.Format(cycle.Period.Start)} to {ReviewChecks.Format(cycle.Period.End)}, {cycle.Participants.Count} participant{(cycle.Participants.Count == 1 ? string.Empty : "s")}; now in {ReviewCycle.Describe(cycle.Phase)}.\n"));
        HashSet<ReviewPhase> overdue = asOf is { } on ? [.. cycle.Overdue(on).Select(o => o.Phase)] : [];
        text.Append("\n| Phase | Deadline | |\n| --- | --- | --- |\n");
        foreach (ReviewPhase phase in Enum.GetValues<ReviewPhase>())
        {
            string state = phase == cycle.Phase ? "current" : phase < cycle.Phase ? "done" : string.Empty;
            if (overdue.Contains(phase))
            {
                state = state.Length == 0 ? "overdue" : state + ", overdue";
            }

            Row(text, ReviewCycle.Describe(phase), cycle.DeadlineOf(phase) is { } deadline ? ReviewChecks.Format(deadline) : string.Empty, state);
        }

        if (cycle.Transitions.Count > 0)
        {
            text.Append("\nMoves:\n\n");
            foreach (PhaseTransition move in cycle.Transitions)
            {
                text.Append("- ").Append(Line(move.ToString())).Append('\n');
            }
        }

        return text.ToString();
    }

    public static string Comparison(CycleComparison comparison)
    {
        var text = new StringBuilder();
        text.Append("### Change since last cycle for ").Append(Cell(comparison.Subject.Value)).Append("\n\n");
        text.Append("Overall: ").Append(Figures(comparison.PreviousScore, comparison.CurrentScore)).Append(" (").Append(Kind(comparison.Kind)).Append(").\n");
        text.Append("\n| Criterion | Last cycle | This cycle | Change | Planned actions |\n| --- | --: | --: | --: | --- |\n");
        foreach (CriterionChange change in comparison.Changes)
        {
            string actions = string.Join("; ", change.PlannedActions.Select(a => ReviewChecks.Invariant($"{a.Number}. {PlannedAction.Describe(a.Status)}")));
            Row(
                text,
                $"{change.Name} ({change.Criterion})",
                change.PreviousScore is { } before ? Rounding.Format(before) : "—",
                change.CurrentScore is { } now ? Rounding.Format(now) : "—",
                change.Difference is { } difference ? Signed(difference) + " " + Kind(change.Kind) : Kind(change.Kind),
                actions);
        }

        if (comparison.PreviousPlan is { } plan)
        {
            text.Append(ReviewChecks.Invariant($"\nLast cycle's plan: {comparison.ActionsDone} of {plan.Actions.Count} action{(plan.Actions.Count == 1 ? string.Empty : "s")} done, {comparison.ActionsDropped} dropped"));
            text.Append(comparison.UnfinishedActions.Count == 0
                ? "; nothing left open.\n"
                : "; still open: " + Line(string.Join("; ", comparison.UnfinishedActions.Select(a => ReviewChecks.Invariant($"{a.Number}. {a.Title}")))) + ".\n");
        }

        return text.ToString();
    }

    private static string Figures(decimal? before, decimal? now) => (before, now) switch
    {
        ({ } b, { } n) => $"{Rounding.Format(b)} → {Rounding.Format(n)} ({Signed(n - b)})",
        (null, { } n) => $"not rated → {Rounding.Format(n)}",
        ({ } b, null) => $"{Rounding.Format(b)} → not rated",
        _ => "not rated either time",
    };

    private static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + Rounding.Format(value);

    public static string Kind(CriterionChangeKind kind) => kind switch
    {
        CriterionChangeKind.Improved => "improved",
        CriterionChangeKind.Declined => "declined",
        CriterionChangeKind.Unchanged => "unchanged",
        CriterionChangeKind.New => "new",
        CriterionChangeKind.Dropped => "dropped",
        _ => "not scored",
    };

    private static void Row(StringBuilder text, params string[] cells)
    {
        text.Append('|');
        foreach (string cell in cells)
        {
            text.Append(' ').Append(Cell(cell)).Append(" |");
        }

        text.Append('\n');
    }

    /// <summary>A table cell or heading: pipes and backslashes escaped, line breaks made spaces.</summary>
    private static string Cell(string text) =>
        Line(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal));

    private static string Line(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
}
