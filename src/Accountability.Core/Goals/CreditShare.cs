using System.Globalization;

namespace Accountability.Goals;

/// <summary>One goal's share of the credit for a shared sale, as a percentage; the shares of a sale add up to exactly 100.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CreditShare
{
    /// <summary>Creates a share.</summary>
    /// <param name="goal">The goal credited (such as a rep's goal).</param>
    /// <param name="percentage">The percentage of the sale credited to it; validated when recorded.</param>
    /// <exception cref="ArgumentException"><paramref name="goal"/> is <c>default</c>.</exception>
    public CreditShare(GoalId goal, decimal percentage)
    {
        Identifier.ThrowIfDefault(goal, "A goal identifier is required.", nameof(goal));

        Goal = goal;
        Percentage = percentage;
    }

    /// <summary>Gets the goal credited.</summary>
    public GoalId Goal { get; }

    /// <summary>Gets the percentage of the sale credited.</summary>
    public decimal Percentage { get; }

    /// <summary>Describes the share, e.g. <c>rep-1 60%</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Goal} {Percentage}%");
}
