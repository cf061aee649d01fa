using NodaTime;

namespace Accountability.Responsibility;

/// <summary>The result of <see cref="ResponsibilityMatrix.Handover"/>: who handed over to whom, when, the versions before and after, and the diff.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Handover
{
    internal Handover(Party from, Party to, LocalDate effectiveFrom, ResponsibilityMatrix before, ResponsibilityMatrix after, MatrixDiff diff)
    {
        From = from;
        To = to;
        EffectiveFrom = effectiveFrom;
        Before = before;
        After = after;
        Diff = diff;
    }

    /// <summary>The party that handed over.</summary>
    public Party From { get; }

    /// <summary>The party that took over.</summary>
    public Party To { get; }

    /// <summary>The first day the receiver answers.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The version handed over from (unchanged).</summary>
    public ResponsibilityMatrix Before { get; }

    /// <summary>The new version, effective from <see cref="EffectiveFrom"/>.</summary>
    public ResponsibilityMatrix After { get; }

    /// <summary>What moved, from <see cref="Before"/> to <see cref="After"/>.</summary>
    public MatrixDiff Diff { get; }

    /// <summary>Returns <c>From → To from 2026-04-01</c> followed by the diff.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => From + " → " + To + " from " + Tenure.Iso(EffectiveFrom) + Environment.NewLine + Diff;
}
