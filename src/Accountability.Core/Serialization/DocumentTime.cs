using NodaTime;
using NodaTime.Text;

namespace Accountability.Serialization;

/// <summary>
/// Dates, instants and periods in every document kind, read and written one way: ISO 8601 text (a date as
/// <c>2026-03-31</c>, an instant in UTC as <c>2026-03-31T09:30:00Z</c>), a period as its two ends, both included; a
/// value that is not such text, or a period that ends before it starts, is the same problem with the same words
/// whichever document holds it.
/// </summary>
internal static class DocumentTime
{
    internal static DateInterval? Period(PeriodDocument? d, string path, ProblemCollector problems, DocumentFields read)
    {
        if (d is null)
        {
            read.Required(path, "a period: an object with 'start' and 'end' dates (both included)");
            return null;
        }

        LocalDate? start = DateAt(d.Start, ProblemPath.Join(path, "start"), problems, read, required: true);
        LocalDate? end = DateAt(d.End, ProblemPath.Join(path, "end"), problems, read, required: true);
        if (start is { } s && end is { } e)
        {
            if (e < s)
            {
                problems.Error(ProblemPath.Join(path, "end"), SerializationProblemCodes.ValueNotAllowed, $"The period ends on {Date(e)}, before it starts on {Date(s)}.", Date(e));
                return null;
            }

            return new DateInterval(s, e);
        }

        return null;
    }

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static LocalDate? DateAt(string? text, string path, ProblemCollector problems, DocumentFields? read, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                read?.Required(path, "a date (ISO 8601, such as 2026-03-31)");
            }

            return null;
        }

        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            problems.Error(path, SerializationProblemCodes.ValueNotAllowed, $"'{text}' is not a date in ISO 8601 form (such as 2026-03-31).", text);
            return null;
        }

        return parsed.Value;
    }

    internal static Instant? InstantAt(string? text, string path, ProblemCollector problems, DocumentFields read)
    {
        if (text is null)
        {
            read.Required(path, "an instant (ISO 8601 in UTC, such as 2026-03-31T09:30:00Z)");
            return null;
        }

        ParseResult<Instant> parsed = InstantPattern.ExtendedIso.Parse(text);
        if (!parsed.Success)
        {
            problems.Error(path, SerializationProblemCodes.ValueNotAllowed, $"'{text}' is not an instant in ISO 8601 form in UTC (such as 2026-03-31T09:30:00Z).", text);
            return null;
        }

        return parsed.Value;
    }

    internal static string Moment(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
