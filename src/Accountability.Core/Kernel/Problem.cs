using System.Globalization;

namespace Accountability;

/// <summary>
/// One thing wrong (or worth knowing) about an input: where it is, what it is, and the value that was given.
/// Every stage of the library reports bad input through this type.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Problem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where the problem is, as a path such as <c>criteria[2].weight</c>; empty for the input as a whole.</param>
    /// <param name="code">A stable, machine-readable code such as <c>weight-not-positive</c>.</param>
    /// <param name="message">A sentence for people saying what is wrong and, where possible, what to do.</param>
    /// <param name="severity">How serious the problem is.</param>
    /// <param name="attemptedValue">The value that was given, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, <paramref name="code"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty.</exception>
    public Problem(string path, string code, string message, ProblemSeverity severity = ProblemSeverity.Error, object? attemptedValue = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown problem severity.");
        }

        Path = path;
        Code = code;
        Message = message;
        Severity = severity;
        AttemptedValue = attemptedValue;
    }

    /// <summary>Where the problem is, such as <c>criteria[2].weight</c>; empty for the input as a whole.</summary>
    public string Path { get; }

    /// <summary>A stable, machine-readable code such as <c>weight-not-positive</c>.</summary>
    public string Code { get; }

    /// <summary>A sentence for people saying what is wrong.</summary>
    public string Message { get; }

    /// <summary>How serious the problem is.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>The value that was given, if any.</summary>
    public object? AttemptedValue { get; }

    /// <summary>Tells whether this problem is an <see cref="ProblemSeverity.Error"/>.</summary>
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>Returns this problem with its path placed under <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The path of the enclosing input, such as <c>scorecards[1]</c>.</param>
    /// <returns>A problem whose path is <c>prefix.path</c>.</returns>
    public Problem Under(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return new Problem(ProblemPath.Join(prefix, Path), Code, Message, Severity, AttemptedValue);
    }

    /// <summary>Formats the problem as <c>severity path: message [code]</c>.</summary>
    /// <returns>One line describing the problem.</returns>
    public override string ToString()
    {
        string where = Path.Length == 0 ? string.Empty : Path + ": ";
        return string.Create(CultureInfo.InvariantCulture, $"{Severity.ToString().ToLowerInvariant()} {where}{Message} [{Code}]");
    }
}
