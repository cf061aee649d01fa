namespace Accountability.Reviews;

/// <summary>How one criterion changed from the last cycle's result to this one's, with the figures and the actions planned for it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CriterionChange
{
    private readonly PlannedAction[] _plannedActions;

    internal CriterionChange(CriterionId criterion, string name, CriterionChangeKind kind, decimal? previousScore, decimal? currentScore, decimal? previousActual, decimal? currentActual, PlannedAction[] plannedActions)
    {
        Criterion = criterion;
        Name = name;
        Kind = kind;
        PreviousScore = previousScore;
        CurrentScore = currentScore;
        PreviousActual = previousActual;
        CurrentActual = currentActual;
        _plannedActions = plannedActions;
    }

    /// <summary>The criterion.</summary>
    public CriterionId Criterion { get; }

    /// <summary>The criterion's name (this cycle's, or last cycle's when dropped).</summary>
    public string Name { get; }

    /// <summary>How it changed.</summary>
    public CriterionChangeKind Kind { get; }

    /// <summary>Last cycle's score; <see langword="null"/> when not scored then.</summary>
    public decimal? PreviousScore { get; }

    /// <summary>This cycle's score; <see langword="null"/> when not scored now.</summary>
    public decimal? CurrentScore { get; }

    /// <summary>This cycle's score minus last cycle's; <see langword="null"/> unless scored both times.</summary>
    public decimal? Difference => CurrentScore - PreviousScore;

    /// <summary>Last cycle's actual value, if there was one.</summary>
    public decimal? PreviousActual { get; }

    /// <summary>This cycle's actual value, if there is one.</summary>
    public decimal? CurrentActual { get; }

    /// <summary>The actions of last cycle's plan that addressed this criterion, as they stand in that plan.</summary>
    public IReadOnlyList<PlannedAction> PlannedActions => _plannedActions;

    /// <summary>Describes the change, such as <c>Sales amount (sales): improved 72.00 → 95.00 (+23.00)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string kind = ReviewMarkdown.Kind(Kind);
        string figures = (PreviousScore, CurrentScore) switch
        {
            ({ } before, { } now) => $" {Rounding.Format(before)} → {Rounding.Format(now)} ({(now >= before ? "+" : string.Empty)}{Rounding.Format(now - before)})",
            (null, { } now) => $" {Rounding.Format(now)}",
            ({ } before, null) => $" (was {Rounding.Format(before)})",
            _ => string.Empty,
        };
        return $"{Name} ({Criterion}): {kind}{figures}";
    }
}
