using NodaTime;

namespace Accountability.Reviews;

/// <summary>
/// How <see cref="ImprovementPlan.Propose"/> turns a scored result into a plan skeleton: the score below which a criterion
/// gets an action, the date the proposed actions are due, and who owns them.
/// </summary>
/// <remarks>Immutable and thread-safe; one options value can serve every subject of a batch.</remarks>
public sealed class PlanProposalOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="due">The date every proposed action is due.</param>
    /// <param name="belowScore">A criterion whose score is below this gets an action (scores are on the scorecard's scale, 100 = on target).</param>
    /// <param name="owner">Who owns the proposed actions; <see langword="null"/> for the scored subject.</param>
    /// <param name="kind">The kind of the proposed actions.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="ActionKind"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is <c>default</c>.</exception>
    public PlanProposalOptions(LocalDate due, decimal belowScore = 100m, PartyId? owner = null, ActionKind kind = ActionKind.Improvement)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown action kind.");
        }

        if (owner is { IsDefault: true })
        {
            throw new ArgumentException("The owner must be named, or left null for the scored subject.", nameof(owner));
        }

        Due = due;
        BelowScore = belowScore;
        Owner = owner;
        Kind = kind;
    }

    /// <summary>The date every proposed action is due.</summary>
    public LocalDate Due { get; }

    /// <summary>A criterion whose score is strictly below this gets an action.</summary>
    public decimal BelowScore { get; }

    /// <summary>Who owns the proposed actions; <see langword="null"/> for the scored subject.</summary>
    public PartyId? Owner { get; }

    /// <summary>The kind of the proposed actions.</summary>
    public ActionKind Kind { get; }
}
