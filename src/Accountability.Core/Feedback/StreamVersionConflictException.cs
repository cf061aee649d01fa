namespace Accountability.Feedback;

/// <summary>
/// Thrown when an append's expected stream version is not the stream's version: another writer appended first. The
/// store is unchanged; read the stream again and retry if the change still makes sense.
/// </summary>
/// <remarks>Carries one <see cref="Problem"/> with the code <see cref="FeedbackProblemCodes.VersionConflict"/>.</remarks>
public sealed class StreamVersionConflictException : AccountabilityException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public StreamVersionConflictException()
        : base("Another writer appended to the stream first.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public StreamVersionConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public StreamVersionConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a conflict on <paramref name="stream"/>; for store implementations.</summary>
    /// <param name="stream">The stream appended to.</param>
    /// <param name="expectedVersion">The version the writer expected.</param>
    /// <param name="actualVersion">The stream's version.</param>
    public StreamVersionConflictException(StreamId stream, long expectedVersion, long actualVersion)
        : base([new Problem(
            ProblemPath.Key("streams", stream.Value),
            FeedbackProblemCodes.VersionConflict,
            $"The stream '{stream}' is at version {actualVersion}, not {expectedVersion}: another writer appended first. Nothing was appended; read the stream again and retry.",
            ProblemSeverity.Error,
            expectedVersion)])
    {
        Stream = stream;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The stream appended to.</summary>
    public StreamId Stream { get; }

    /// <summary>The version the writer expected.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The stream's version when the append was refused.</summary>
    public long ActualVersion { get; }
}
