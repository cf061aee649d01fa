namespace Accountability.Responsibility;

/// <summary>A value that changed between two versions: what it was and what it became.</summary>
/// <typeparam name="T">The changed value's type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValueChange<T>
    where T : class
{
    internal ValueChange(T before, T after)
    {
        Before = before;
        After = after;
    }

    /// <summary>The value in the earlier version.</summary>
    public T Before { get; }

    /// <summary>The value in the later version.</summary>
    public T After { get; }

    /// <summary>Returns <c>before → after</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Before + " → " + After;
}
