using NodaTime;

namespace Accountability.Goals;

/// <summary>
/// A goal owner's acknowledgment of their target: when, which target value they saw, and an optional comment or
/// objection. An acknowledgment stays current only while the goal's target is the one acknowledged.
/// </summary>
/// <remarks>Immutable and thread-safe. Created by <see cref="GoalTree.Acknowledge"/>.</remarks>
public sealed class TargetAcknowledgment
{
    internal TargetAcknowledgment(GoalId goal, PartyId owner, Instant at, Target target, string? comment, bool isObjection)
    {
        Goal = goal;
        Owner = owner;
        At = at;
        Target = target;
        Comment = comment;
        IsObjection = isObjection;
    }

    /// <summary>Gets the goal acknowledged.</summary>
    public GoalId Goal { get; }

    /// <summary>Gets the owner who acknowledged.</summary>
    public PartyId Owner { get; }

    /// <summary>Gets when the target was acknowledged.</summary>
    public Instant At { get; }

    /// <summary>Gets the target as it was when acknowledged.</summary>
    public Target Target { get; }

    /// <summary>Gets the owner's comment, if any.</summary>
    public string? Comment { get; }

    /// <summary>Tells whether the owner objects to the target (the comment says why) rather than accepting it.</summary>
    public bool IsObjection { get; }

    /// <summary>Describes the acknowledgment.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Owner} {(IsObjection ? "objected to" : "accepted")} {Goal} ({Target}) at {NodaTime.Text.InstantPattern.General.Format(At)}{(Comment is null ? string.Empty : ": " + Comment)}";
}
