using System.Globalization;
using Accountability.Scoring;

namespace Accountability.Calibration;

/// <summary>
/// A checked batch of ratings with its indexes: raters and subjects numbered in identifier order, each rating's rater
/// and subject number, and the ratings of each subject (compressed rows). Every problem is collected and thrown at once.
/// </summary>
internal sealed class RatingSet
{
    private RatingSet(PartyId[] raters, int[] raterOf, int[] firstOfRater, PartyId[] subjects, int[] subjectOf, int[] subjectStart, int[] subjectRatings)
    {
        SubjectOf = subjectOf;
        Raters = raters;
        RaterOf = raterOf;
        FirstOfRater = firstOfRater;
        Subjects = subjects;
        SubjectStart = subjectStart;
        SubjectRatings = subjectRatings;
    }

    /// <summary>The raters, in identifier order.</summary>
    public PartyId[] Raters { get; }

    /// <summary>For each rating, its rater's number.</summary>
    public int[] RaterOf { get; }

    /// <summary>For each rater, the index of their first rating.</summary>
    public int[] FirstOfRater { get; }

    /// <summary>The subjects, in identifier order.</summary>
    public PartyId[] Subjects { get; }

    /// <summary>For each rating, its subject's number.</summary>
    public int[] SubjectOf { get; }

    /// <summary>Subject <c>s</c>'s ratings are <c>SubjectRatings[SubjectStart[s]..SubjectStart[s + 1]]</c>.</summary>
    public int[] SubjectStart { get; }

    /// <summary>Rating indexes grouped by subject, in input order within a subject.</summary>
    public int[] SubjectRatings { get; }

    public static RatingSet Read(Rating[] items, ScoreScale? scale, string path = "ratings")
    {
        int n = items.Length;
        var problems = new ProblemCollector();
        if (n == 0)
        {
            problems.Error(path, CalibrationProblemCodes.EmptyPopulation, "Calibration needs at least one rating.");
            problems.ThrowIfErrors();
        }

        var raterIndex = new Dictionary<PartyId, int>();
        var subjectIndex = new Dictionary<PartyId, int>();
        var raterOf = new int[n];
        var subjectOf = new int[n];
        var raterList = new List<PartyId>();
        var subjectList = new List<PartyId>();
        var firstOfRater = new List<int>();
        for (int i = 0; i < n; i++)
        {
            Rating rating = items[i] ?? throw new ArgumentNullException(nameof(items), string.Create(CultureInfo.InvariantCulture, $"The rating at {i} is null."));
            if (rating.Rater.IsDefault || rating.Subject.IsDefault || (uint)rating.Group > (uint)RaterGroup.DirectReport
                || (rating.Group == RaterGroup.Self && rating.Rater != rating.Subject)
                || (scale is not null && (rating.Value < scale.Minimum || rating.Value > scale.Maximum)))
            {
                Check(problems, rating, scale, ProblemPath.Index(path, i));
            }

            if (!raterIndex.TryGetValue(rating.Rater, out int r))
            {
                r = raterList.Count;
                raterIndex.Add(rating.Rater, r);
                raterList.Add(rating.Rater);
                firstOfRater.Add(i);
            }

            if (!subjectIndex.TryGetValue(rating.Subject, out int s))
            {
                s = subjectList.Count;
                subjectIndex.Add(rating.Subject, s);
                subjectList.Add(rating.Subject);
            }

            raterOf[i] = r;
            subjectOf[i] = s;
        }

        // Number raters and subjects in identifier order, so that nothing depends on input order.
        int[] raterRenumber = Renumber(raterList, out PartyId[] raters);
        int[] subjectRenumber = Renumber(subjectList, out PartyId[] subjects);
        var first = new int[raters.Length];
        for (int r = 0; r < raterList.Count; r++)
        {
            first[raterRenumber[r]] = firstOfRater[r];
        }

        var start = new int[subjects.Length + 1];
        for (int i = 0; i < n; i++)
        {
            raterOf[i] = raterRenumber[raterOf[i]];
            subjectOf[i] = subjectRenumber[subjectOf[i]];
            start[subjectOf[i] + 1]++;
        }

        for (int s = 0; s < subjects.Length; s++)
        {
            start[s + 1] += start[s];
        }

        var next = (int[])start.Clone();
        var bySubject = new int[n];
        var raterBySubject = new int[n];
        for (int i = 0; i < n; i++)
        {
            int at = next[subjectOf[i]]++;
            bySubject[at] = i;
            raterBySubject[at] = raterOf[i];
        }

        // One rating per rater and subject: compare rater numbers within each subject.
        HashSet<int>? seen = null;
        for (int s = 0; s < subjects.Length; s++)
        {
            int a = start[s];
            int b = start[s + 1];
            if (b - a <= 32)
            {
                for (int x = a + 1; x < b; x++)
                {
                    for (int y = a; y < x; y++)
                    {
                        if (raterBySubject[x] == raterBySubject[y])
                        {
                            Duplicate(problems, items, path, bySubject[x]);
                            break;
                        }
                    }
                }
            }
            else
            {
                seen ??= [];
                seen.Clear();
                for (int x = a; x < b; x++)
                {
                    if (!seen.Add(raterBySubject[x]))
                    {
                        Duplicate(problems, items, path, bySubject[x]);
                    }
                }
            }
        }

        problems.ThrowIfErrors();
        return new RatingSet(raters, raterOf, first, subjects, subjectOf, start, bySubject);
    }

    /// <summary>Reports what is wrong with one rating (called only for a rating that has something wrong, so that good ratings build no path).</summary>
    private static void Check(ProblemCollector problems, Rating rating, ScoreScale? scale, string at)
    {
        if (rating.Rater.IsDefault)
        {
            problems.Error(ProblemPath.Join(at, "rater"), CalibrationProblemCodes.PartyMissing, "A rating needs a rater.");
        }

        if (rating.Subject.IsDefault)
        {
            problems.Error(ProblemPath.Join(at, "subject"), CalibrationProblemCodes.PartyMissing, "A rating needs a subject.");
        }

        if (!Enum.IsDefined(rating.Group))
        {
            problems.Error(ProblemPath.Join(at, "group"), CalibrationProblemCodes.RaterGroupUnknown, string.Create(CultureInfo.InvariantCulture, $"The rater group {(int)rating.Group} is not defined."), rating.Group);
        }
        else if (rating.Group == RaterGroup.Self && rating.Rater != rating.Subject)
        {
            problems.Error(ProblemPath.Join(at, "rater"), CalibrationProblemCodes.SelfRatingByOther, $"A self-rating of '{rating.Subject}' is given by '{rating.Rater}'; only the subject can rate themselves.", rating.Rater.Value);
        }

        if (scale is not null && (rating.Value < scale.Minimum || rating.Value > scale.Maximum))
        {
            problems.Error(ProblemPath.Join(at, "value"), CalibrationProblemCodes.RatingOffScale, string.Create(CultureInfo.InvariantCulture, $"The rating {rating.Value} is outside the scale {scale}."), rating.Value);
        }
    }

    private static void Duplicate(ProblemCollector problems, Rating[] items, string path, int i) =>
        problems.Error(
            ProblemPath.Index(path, i),
            CalibrationProblemCodes.DuplicateRating,
            $"'{items[i].Rater}' rated '{items[i].Subject}' more than once; give one rating per rater and subject.",
            items[i].Value);

    private static int[] Renumber(List<PartyId> ids, out PartyId[] sorted)
    {
        sorted = [.. ids];
        var order = new int[sorted.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(sorted, order);
        var renumber = new int[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            renumber[order[i]] = i;
        }

        return renumber;
    }
}
