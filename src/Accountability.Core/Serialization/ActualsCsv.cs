using System.Globalization;
using System.Text;
using Accountability.Scoring;

namespace Accountability.Serialization;

/// <summary>
/// Reads actuals from CSV (RFC 4180): a header row of <c>subject</c> followed by criterion ids, then one row per subject.
/// </summary>
/// <remarks>
/// <para>
/// Fields are separated by commas; a field may be quoted with <c>"</c> (a quote inside is doubled) and may then hold
/// commas and line breaks; lines end with CRLF or LF. A cell holds a culture-invariant number (<c>-1234.50</c>: an
/// optional sign, digits, an optional decimal point; no thousands separators, no exponent), <see cref="NotApplicable"/>
/// for a criterion that does not apply to that subject, or nothing for a value that is missing.
/// </para>
/// <para>
/// Every problem is reported at once, each with its place: <c>csv.lines[4][sales]</c> is line 4 (the header is line 1),
/// column <c>sales</c>. At most <see cref="AccountabilityJson.MaxDocumentBytes"/> characters are read. Stateless and
/// thread-safe.
/// </para>
/// </remarks>
public static class ActualsCsv
{
    /// <summary>The marker of a criterion that does not apply to a subject.</summary>
    public const string NotApplicable = "n/a";

    /// <summary>The header of the first column.</summary>
    public const string SubjectHeader = "subject";

    private const string Root = "csv";

    /// <summary>Reads the actuals of several subjects for one scorecard.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="scorecard">The scorecard the actuals are for.</param>
    /// <returns>Each subject's actuals, in row order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="AccountabilityException">The text is not valid: every problem, each with its line and column.</exception>
    public static ActualsSet Read(string csv, ScorecardId scorecard)
    {
        ArgumentNullException.ThrowIfNull(csv);
        if (csv.Length > AccountabilityJson.MaxDocumentBytes)
        {
            throw new AccountabilityException([new Problem(Root, SerializationProblemCodes.DocumentTooLarge, $"The text has {csv.Length} characters; at most {AccountabilityJson.MaxDocumentBytes} are read.")]);
        }

        var problems = new ProblemCollector();
        List<(int Line, List<string> Fields)> records = Records(csv, problems);
        problems.ThrowIfErrors();
        if (records.Count == 0)
        {
            throw new AccountabilityException([new Problem(Root, SerializationProblemCodes.PropertyRequired, $"The text is empty; expected a header row ('{SubjectHeader}' and criterion ids) and one row per subject.")]);
        }

        (int headerLine, List<string> header) = records[0];
        string headerPath = ProblemPath.Index(ProblemPath.Join(Root, "lines"), headerLine);
        if (!string.Equals(header[0], SubjectHeader, StringComparison.Ordinal))
        {
            problems.Error(ProblemPath.Index(headerPath, 1), SerializationProblemCodes.ValueNotAllowed, $"The first column must be headed '{SubjectHeader}'; it is '{header[0]}'.", header[0]);
        }

        var criteria = new CriterionId?[header.Count];
        var seenColumns = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 1; c < header.Count; c++)
        {
            string at = ProblemPath.Index(headerPath, c + 1);
            if (!Identifier.IsValid(header[c], out string? reason))
            {
                problems.Error(at, SerializationProblemCodes.ValueNotAllowed, "The column header is not a criterion id: " + reason, header[c]);
            }
            else if (!seenColumns.Add(header[c]))
            {
                problems.Error(at, SerializationProblemCodes.DuplicateProperty, $"The criterion '{header[c]}' heads two columns.", header[c]);
            }
            else
            {
                criteria[c] = new CriterionId(header[c]);
            }
        }

        var subjects = new List<Actuals>(records.Count - 1);
        var seenSubjects = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 1; r < records.Count; r++)
        {
            (int line, List<string> fields) = records[r];
            string rowPath = ProblemPath.Index(ProblemPath.Join(Root, "lines"), line);
            if (fields.Count != header.Count)
            {
                problems.Error(rowPath, SerializationProblemCodes.JsonSyntax, $"The row has {fields.Count} fields; the header has {header.Count}.");
                continue;
            }

            string subject = fields[0];
            string subjectPath = ProblemPath.Key(rowPath, SubjectHeader);
            if (!Identifier.IsValid(subject, out string? why))
            {
                problems.Error(subjectPath, SerializationProblemCodes.ValueNotAllowed, "The subject is not a valid id: " + why, subject);
                continue;
            }

            if (!seenSubjects.Add(subject))
            {
                problems.Error(subjectPath, SerializationProblemCodes.ValueNotAllowed, $"The subject '{subject}' has two rows; give each subject's actuals once.", subject);
                continue;
            }

            ActualsBuilder actuals = Actuals.For(new PartyId(subject));
            for (int c = 1; c < fields.Count; c++)
            {
                if (criteria[c] is not { } criterion)
                {
                    continue;
                }

                string cell = fields[c];
                if (cell.Length == 0)
                {
                    continue;
                }

                if (string.Equals(cell, NotApplicable, StringComparison.Ordinal))
                {
                    actuals.NotApplicable(criterion, "marked not applicable");
                }
                else if (Number(cell) is { } value)
                {
                    actuals.Value(criterion, value);
                }
                else
                {
                    problems.Error(ProblemPath.Key(rowPath, header[c]), SerializationProblemCodes.JsonType, $"'{cell}' is not a number (write it culture-invariant, such as -1234.50), '{NotApplicable}' or empty.", cell);
                }
            }

            subjects.Add(actuals.Build());
        }

        problems.ThrowIfErrors();
        return new ActualsSet(scorecard, [.. subjects]);
    }

    private static decimal? Number(string cell)
    {
        // Digits with an optional sign and point only: "1,000", "1e3", " 5" and "٣" are refused, never guessed at.
        int start = cell[0] is '-' or '+' ? 1 : 0;
        bool digits = false;
        bool point = false;
        for (int i = start; i < cell.Length; i++)
        {
            char ch = cell[i];
            if (ch is >= '0' and <= '9')
            {
                digits = true;
            }
            else if (ch == '.' && !point)
            {
                point = true;
            }
            else
            {
                return null;
            }
        }

        return digits && decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) ? value : null;
    }

    private static List<(int Line, List<string> Fields)> Records(string csv, ProblemCollector problems)
    {
        var records = new List<(int, List<string>)>();
        var field = new StringBuilder();
        var fields = new List<string>();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        bool any = false;
        while (i < csv.Length)
        {
            char ch = csv[i];
            if (ch == '"' && field.Length == 0)
            {
                // A quoted field: up to the closing quote; a doubled quote is one quote.
                int openedAt = line;
                i++;
                while (true)
                {
                    if (i >= csv.Length)
                    {
                        problems.Error(ProblemPath.Index(ProblemPath.Join(Root, "lines"), openedAt), SerializationProblemCodes.JsonSyntax, "A quoted field is never closed.");
                        return records;
                    }

                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (csv[i] == '\n')
                    {
                        line++;
                    }

                    field.Append(csv[i]);
                    i++;
                }

                any = true;
                if (i < csv.Length && csv[i] is not (',' or '\r' or '\n'))
                {
                    problems.Error(ProblemPath.Index(ProblemPath.Join(Root, "lines"), line), SerializationProblemCodes.JsonSyntax, "A quoted field is followed by text before the next comma or line end.");
                    return records;
                }

                continue;
            }

            if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                any = true;
                i++;
            }
            else if (ch is '\r' or '\n')
            {
                i += ch == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n' ? 2 : 1;
                if (any || field.Length > 0)
                {
                    fields.Add(field.ToString());
                    records.Add((recordLine, fields));
                    fields = [];
                    field.Clear();
                }

                any = false;
                line++;
                recordLine = line;
            }
            else if (ch == '"')
            {
                problems.Error(ProblemPath.Index(ProblemPath.Join(Root, "lines"), line), SerializationProblemCodes.JsonSyntax, "A quote inside an unquoted field; quote the whole field and double the quote.");
                return records;
            }
            else
            {
                field.Append(ch);
                any = true;
                i++;
            }
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}
