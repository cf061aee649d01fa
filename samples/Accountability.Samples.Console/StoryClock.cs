using NodaTime;

namespace Accountability.Samples;

/// <summary>The story's clock: it reads whatever moment the story has reached (an application passes its own IClock).</summary>
internal sealed class StoryClock(Instant start) : IClock
{
    public Instant Now { get; set; } = start;

    public Instant GetCurrentInstant() => Now;
}
