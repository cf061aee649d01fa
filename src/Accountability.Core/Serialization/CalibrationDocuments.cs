using System.Globalization;
using System.Text.Json;
using Accountability.Calibration;
using Accountability.Scoring;

namespace Accountability.Serialization;

/// <summary>
/// Maps a calibration meeting's results to and from their document shape. A document holds each result's inputs
/// (scale, options and ratings; guideline, order and scores; guideline and counts) beside its figures. Reading runs the
/// library's own calculation on the inputs and accepts the figures only when they are exactly what it gives, so a
/// document can never hold results the library would not have produced.
/// </summary>
internal static class CalibrationDocuments
{
    private const int MaxMismatches = 20;

    public static CalibrationDocument ToDocument(CalibrationOutcome outcome) => new()
    {
        SchemaVersion = AccountabilityJson.SchemaVersion,
        Kind = AccountabilityJson.CalibrationKind,
        Calibration = outcome.Calibration is { } c ? Session(c) : null,
        Distribution = outcome.Distribution is { } d ? Distribution(d) : null,
        Comparison = outcome.Comparison is { } k ? new ComparisonDocument { Guideline = Guideline(k.Guideline), Bands = Counts(k) } : null,
    };

    public static CalibrationOutcome FromDocument(CalibrationDocument document)
    {
        var problems = new ProblemCollector();
        var read = new DocumentFields(problems);
        read.Header(document.SchemaVersion, document.Kind, AccountabilityJson.CalibrationKind);
        if (document.Calibration is null && document.Distribution is null && document.Comparison is null)
        {
            read.Required("$.calibration", "at least one of 'calibration', 'distribution' and 'comparison'");
        }

        problems.ThrowIfErrors();
        CalibrationResult? calibration = document.Calibration is { } c ? Session(c, "$.calibration", read, problems) : null;
        ForcedDistribution? distribution = document.Distribution is { } d ? Distribution(d, "$.distribution", read, problems) : null;
        DistributionComparison? comparison = document.Comparison is { } k ? Comparison(k, "$.comparison", read, problems) : null;
        problems.ThrowIfErrors();
        return new CalibrationOutcome(calibration, distribution, comparison);
    }

    private static SessionDocument Session(CalibrationResult result)
    {
        IReadOnlyList<Rating> calibrated = result.CalibratedRatings;
        var ratings = new List<RatingDocument?>(result.RatingCount);

        // The adjustments name their rating by its place in the list; the ratings as given are the adjustments' own
        // ratings where adjusted, and the calibrated ratings (equal to the given ones) elsewhere.
        var given = new Rating[result.RatingCount];
        for (int i = 0; i < given.Length; i++)
        {
            given[i] = calibrated[i];
        }

        var adjustments = new List<AdjustmentDocument?>(result.Adjustments.Count);
        int next = 0;
        foreach (RatingAdjustment adjustment in result.Adjustments)
        {
            // Adjustments are in input order: find the next rating by the same rater of the same subject.
            while (next < given.Length && !(calibrated[next].Rater == adjustment.Rating.Rater && calibrated[next].Subject == adjustment.Rating.Subject))
            {
                next++;
            }

            given[next] = adjustment.Rating;
            adjustments.Add(new AdjustmentDocument { Rating = next, ZScore = adjustment.ZScore, AdjustedValue = adjustment.AdjustedValue, Clamped = adjustment.Clamped });
            next++;
        }

        for (int i = 0; i < given.Length; i++)
        {
            ratings.Add(new RatingDocument { Rater = given[i].Rater.Value, Subject = given[i].Subject.Value, Group = given[i].Group.ToString(), Value = given[i].Value, CalibratedValue = calibrated[i].Value });
        }

        CalibrationOptions o = result.Options;
        return new SessionDocument
        {
            Scale = new ScaleDocument { Minimum = result.Scale.Minimum, Maximum = result.Scale.Maximum },
            Options = new OptionsDocument { MinimumRatingsPerRater = o.MinimumRatingsPerRater, LeniencyThreshold = o.LeniencyThreshold, CentralTendencyRatio = o.CentralTendencyRatio, Normalize = o.Normalize, UnadjustableRaters = o.UnadjustableRaters.ToString() },
            Ratings = ratings,
            PopulationMean = result.PopulationMean,
            PopulationStandardDeviation = result.PopulationStandardDeviation,
            Raters = [.. result.Raters.Select(r => (RaterEffectDocument?)new RaterEffectDocument
            {
                Rater = r.Rater.Value,
                RatingCount = r.RatingCount,
                Mean = r.Mean,
                StandardDeviation = r.StandardDeviation,
                MeanDifference = r.MeanDifference,
                Tendency = r.Tendency.ToString(),
                CentralTendency = r.CentralTendency,
                Adjusted = r.IsAdjusted,
                MeanAdjustment = r.IsAdjusted ? r.MeanAdjustment : null,
                NotAdjustedReason = r.NotAdjustedReason,
            })],
            Adjustments = adjustments,
            Scores = [.. result.Scores.Select(s => (CalibratedScoreDocument?)new CalibratedScoreDocument { Subject = s.Subject.Value, RatingCount = s.RatingCount, OriginalMean = s.OriginalMean, CalibratedMean = s.CalibratedMean })],
        };
    }

    private static CalibrationResult? Session(SessionDocument document, string path, DocumentFields read, ProblemCollector problems)
    {
        ScoreScale? scale = null;
        if (document.Scale is not { } s)
        {
            read.Required(ProblemPath.Join(path, "scale"), "the rating scale: 'minimum' and 'maximum'");
        }
        else
        {
            decimal? minimum = read.Value(s.Minimum, ProblemPath.Join(path, "scale.minimum"));
            decimal? maximum = read.Value(s.Maximum, ProblemPath.Join(path, "scale.maximum"));
            scale = minimum is null || maximum is null ? null : read.Construct(ProblemPath.Join(path, "scale"), () => new ScoreScale(minimum.Value, maximum.Value));
        }

        CalibrationOptions? options = null;
        if (document.Options is not { } o)
        {
            read.Required(ProblemPath.Join(path, "options"), "the options the session ran with");
        }
        else
        {
            string at = ProblemPath.Join(path, "options");
            int? minimum = read.Whole(o.MinimumRatingsPerRater, ProblemPath.Join(at, "minimumRatingsPerRater"));
            decimal? leniency = read.Value(o.LeniencyThreshold, ProblemPath.Join(at, "leniencyThreshold"));
            decimal? central = read.Value(o.CentralTendencyRatio, ProblemPath.Join(at, "centralTendencyRatio"));
            if (o.Normalize is null)
            {
                read.Required(ProblemPath.Join(at, "normalize"), "true or false");
            }

            UnadjustableRaterHandling? handling = read.Enum<UnadjustableRaterHandling>(o.UnadjustableRaters, ProblemPath.Join(at, "unadjustableRaters"), required: true);
            if (minimum is not null && leniency is not null && central is not null && o.Normalize is not null && handling is not null)
            {
                options = new CalibrationOptions { MinimumRatingsPerRater = minimum.Value, LeniencyThreshold = leniency.Value, CentralTendencyRatio = central.Value, Normalize = o.Normalize.Value, UnadjustableRaters = handling.Value };
            }
        }

        var ratings = new List<Rating>();
        if (document.Ratings is null)
        {
            read.Required(ProblemPath.Join(path, "ratings"), "an array of ratings");
        }
        else
        {
            for (int i = 0; i < document.Ratings.Count; i++)
            {
                string at = ProblemPath.Index(ProblemPath.Join(path, "ratings"), i);
                if (document.Ratings[i] is not { } r)
                {
                    read.Required(at, "a rating");
                    continue;
                }

                PartyId? rater = read.Id<PartyId>(r.Rater, ProblemPath.Join(at, "rater"));
                PartyId? subject = read.Id<PartyId>(r.Subject, ProblemPath.Join(at, "subject"));
                RaterGroup? group = read.Enum<RaterGroup>(r.Group, ProblemPath.Join(at, "group"), required: true);
                decimal? value = read.Value(r.Value, ProblemPath.Join(at, "value"));
                if (rater is not null && subject is not null && group is not null && value is not null)
                {
                    ratings.Add(new Rating(rater.Value, subject.Value, group.Value, value.Value));
                }
            }
        }

        if (read.Failed)
        {
            return null;
        }

        CalibrationResult? result = read.Construct(path, () => RatingCalibration.Calibrate(ratings, scale!, options));
        if (result is not null)
        {
            Match(Element(document, DocumentJsonContext.Default.SessionDocument), Element(Session(result), DocumentJsonContext.Default.SessionDocument), path, "the ratings", problems);
        }

        return result;
    }

    private static ForcedDistributionDocument Distribution(ForcedDistribution distribution) => new()
    {
        Guideline = Guideline(distribution.Guideline),
        Order = distribution.Order.ToString(),
        Placements = [.. distribution.Placements.Select(p => (PlacementDocument?)new PlacementDocument { Subject = p.Subject.Value, Score = p.Score, Position = p.Position, Rank = p.Rank, Band = p.Band.Name, MovedByTie = p.MovedByTie })],
        Bands = Counts(distribution.Comparison),
        TieDeviations = distribution.TieDeviations.Count == 0
            ? null
            : [.. distribution.TieDeviations.Select(t => (TieDocument?)new TieDocument { Score = t.Score, Subjects = [.. t.Subjects.Select(s => (string?)s.Value)], Band = t.Band.Name, FirstPosition = t.FirstPosition, LastPosition = t.LastPosition, BeyondTarget = t.BeyondTarget })],
    };

    private static ForcedDistribution? Distribution(ForcedDistributionDocument document, string path, DocumentFields read, ProblemCollector problems)
    {
        DistributionGuideline? guideline = Guideline(document.Guideline, ProblemPath.Join(path, "guideline"), read);
        RankOrder? order = read.Enum<RankOrder>(document.Order, ProblemPath.Join(path, "order"), required: true);
        var scores = new List<(PartyId, decimal)>();
        if (document.Placements is null)
        {
            read.Required(ProblemPath.Join(path, "placements"), "an array of placements");
        }
        else
        {
            for (int i = 0; i < document.Placements.Count; i++)
            {
                string at = ProblemPath.Index(ProblemPath.Join(path, "placements"), i);
                if (document.Placements[i] is not { } p)
                {
                    read.Required(at, "a placement");
                    continue;
                }

                PartyId? subject = read.Id<PartyId>(p.Subject, ProblemPath.Join(at, "subject"));
                decimal? score = read.Value(p.Score, ProblemPath.Join(at, "score"));
                if (subject is not null && score is not null)
                {
                    scores.Add((subject.Value, score.Value));
                }
            }
        }

        if (read.Failed)
        {
            return null;
        }

        ForcedDistribution? distribution = read.Construct(ProblemPath.Join(path, "placements"), () => guideline!.Assign(scores, order!.Value));
        if (distribution is not null)
        {
            Match(Element(document, DocumentJsonContext.Default.ForcedDistributionDocument), Element(Distribution(distribution), DocumentJsonContext.Default.ForcedDistributionDocument), path, "the guideline and scores", problems);
        }

        return distribution;
    }

    private static DistributionComparison? Comparison(ComparisonDocument document, string path, DocumentFields read, ProblemCollector problems)
    {
        DistributionGuideline? guideline = Guideline(document.Guideline, ProblemPath.Join(path, "guideline"), read);
        string bandsPath = ProblemPath.Join(path, "bands");
        if (document.Bands is null)
        {
            read.Required(bandsPath, "an array with each band's counts");
            return null;
        }

        var counts = new int[document.Bands.Count];
        long population = 0;
        for (int i = 0; i < document.Bands.Count; i++)
        {
            string at = ProblemPath.Index(bandsPath, i);
            int? count = document.Bands[i] is { } b ? read.Whole(b.ActualCount, ProblemPath.Join(at, "actualCount")) : null;
            if (document.Bands[i] is null)
            {
                read.Required(at, "a band's counts");
            }
            else if (count < 0)
            {
                read.NotAllowed(ProblemPath.Join(at, "actualCount"), "a count is zero or more");
            }
            else if (count is { } c)
            {
                counts[i] = c;
                population += c;
            }
        }

        if (read.Failed)
        {
            return null;
        }

        if (document.Bands.Count != guideline!.Bands.Count)
        {
            read.NotAllowed(bandsPath, $"the guideline has {guideline.Bands.Count} bands; the counts list {document.Bands.Count}");
            return null;
        }

        if (population is 0 or > int.MaxValue)
        {
            read.NotAllowed(bandsPath, population == 0 ? "a comparison needs at least one person placed" : "the counts add up to more than a population can hold");
            return null;
        }

        var comparison = new DistributionComparison(guideline, counts);
        Match(Element(document, DocumentJsonContext.Default.ComparisonDocument), Element(new ComparisonDocument { Guideline = Guideline(guideline), Bands = Counts(comparison) }, DocumentJsonContext.Default.ComparisonDocument), path, "the guideline and counts", problems);
        return comparison;
    }

    private static List<GuidelineBandDocument?> Guideline(DistributionGuideline guideline) =>
        [.. guideline.Bands.Select(b => (GuidelineBandDocument?)new GuidelineBandDocument { Band = b.Name, Percent = b.Percent })];

    private static DistributionGuideline? Guideline(List<GuidelineBandDocument?>? bands, string path, DocumentFields read)
    {
        if (bands is null)
        {
            read.Required(path, "an array of bands, each with 'band' and 'percent'");
            return null;
        }

        var items = new List<(string, decimal)>();
        for (int i = 0; i < bands.Count; i++)
        {
            string at = ProblemPath.Index(path, i);
            if (bands[i] is not { } b)
            {
                read.Required(at, "a band with 'band' and 'percent'");
                continue;
            }

            string? name = read.Text(b.Band, ProblemPath.Join(at, "band"));
            decimal? percent = read.Value(b.Percent, ProblemPath.Join(at, "percent"));
            if (name is not null && percent is not null)
            {
                items.Add((name, percent.Value));
            }
        }

        if (items.Count != bands.Count)
        {
            return null;
        }

        // The guideline's own problems are at 'bands[i]'; the document's bands are the guideline array itself.
        return read.Construct(path, () =>
        {
            try
            {
                return DistributionGuideline.Create(items);
            }
            catch (AccountabilityException ex)
            {
                throw new AccountabilityException([.. ex.Problems.Select(p => new Problem(p.Path.StartsWith("bands", StringComparison.Ordinal) ? p.Path[5..] : p.Path, p.Code, p.Message, p.Severity, p.AttemptedValue))], ex);
            }
        });
    }

    private static List<BandCountDocument?> Counts(DistributionComparison comparison) =>
        [.. comparison.Bands.Select(b => (BandCountDocument?)new BandCountDocument { Band = b.Band.Name, TargetCount = b.TargetCount, ActualCount = b.ActualCount, ActualPercent = b.ActualPercent })];

    private static JsonElement Element<T>(T document, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonSerializer.SerializeToElement(document, type);

    /// <summary>
    /// Compares the figures a document gives (<paramref name="stored"/>) with those the library computes from the
    /// document's inputs (<paramref name="expected"/>), reporting each difference at its path. Numbers compare by value,
    /// so <c>2.50</c> matches <c>2.5</c>. Walks the two trees with a stack, never recursing.
    /// </summary>
    private static void Match(JsonElement stored, JsonElement expected, string path, string inputs, ProblemCollector problems)
    {
        int reported = 0;
        var pending = new Stack<(JsonElement Stored, JsonElement Expected, string Path)>();
        pending.Push((stored, expected, path));
        while (pending.Count > 0 && reported < MaxMismatches)
        {
            (JsonElement s, JsonElement e, string at) = pending.Pop();
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    var children = new List<(JsonElement, JsonElement, string)>();
                    foreach (JsonProperty property in e.EnumerateObject())
                    {
                        if (s.TryGetProperty(property.Name, out JsonElement value))
                        {
                            children.Add((value, property.Value, ProblemPath.Join(at, property.Name)));
                        }
                        else
                        {
                            problems.Error(ProblemPath.Join(at, property.Name), SerializationProblemCodes.PropertyRequired, $"Required: {inputs} give {Text(property.Value)} here.");
                            reported++;
                        }
                    }

                    foreach (JsonProperty property in s.EnumerateObject())
                    {
                        if (!e.TryGetProperty(property.Name, out _))
                        {
                            problems.Error(ProblemPath.Join(at, property.Name), SerializationProblemCodes.PropertyNotAllowed, $"Not allowed here: {inputs} give no value here.");
                            reported++;
                        }
                    }

                    for (int i = children.Count - 1; i >= 0; i--)
                    {
                        pending.Push(children[i]);
                    }

                    break;
                case JsonValueKind.Array:
                    int length = s.GetArrayLength();
                    if (length != e.GetArrayLength())
                    {
                        problems.Error(at, SerializationProblemCodes.ValueNotAllowed, string.Create(CultureInfo.InvariantCulture, $"The document lists {length} entries here; {inputs} give {e.GetArrayLength()}."));
                        reported++;
                        break;
                    }

                    for (int i = length - 1; i >= 0; i--)
                    {
                        pending.Push((s[i], e[i], ProblemPath.Index(at, i)));
                    }

                    break;
                default:
                    bool same = e.ValueKind == JsonValueKind.Number
                        ? s.ValueKind == JsonValueKind.Number && s.TryGetDecimal(out decimal a) && e.TryGetDecimal(out decimal b) && a == b
                        : s.ValueKind == e.ValueKind && (e.ValueKind != JsonValueKind.String || string.Equals(s.GetString(), e.GetString(), StringComparison.Ordinal));
                    if (!same)
                    {
                        problems.Error(at, SerializationProblemCodes.ValueNotAllowed, $"The document gives {Text(s)}; {inputs} give {Text(e)}.", Text(s));
                        reported++;
                    }

                    break;
            }
        }
    }

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => element.GetRawText(),
    };
}
