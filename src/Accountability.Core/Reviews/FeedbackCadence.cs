using NodaTime;

namespace Accountability.Reviews;

/// <summary>
/// A feedback cadence policy, such as "every rep gets feedback at least every 30 days": on a date, who is overdue and since
/// when. A participant who never received feedback is counted from the policy's start, as if they had received it that day.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Overdue"/> is linear in participants plus feedback facts; the facts come from the
/// feedback records, passed in by the caller.
/// </remarks>
public sealed class FeedbackCadence
{
    /// <summary>Creates the policy.</summary>
    /// <param name="everyDays">The longest a participant may go without feedback, in days (at least 1).</param>
    /// <param name="countFrom">The date from which a participant who never received feedback is counted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="everyDays"/> is less than 1.</exception>
    public FeedbackCadence(int everyDays, LocalDate countFrom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(everyDays, 1);
        EveryDays = everyDays;
        CountFrom = countFrom;
    }

    /// <summary>The longest a participant may go without feedback, in days: feedback received on day <c>d</c> is next due by day <c>d + EveryDays</c>.</summary>
    public int EveryDays { get; }

    /// <summary>The date from which a participant who never received feedback is counted.</summary>
    public LocalDate CountFrom { get; }

    /// <summary>
    /// Who is overdue for feedback on a date, and since when: each participant whose last feedback on or before
    /// <paramref name="on"/> (or <see cref="CountFrom"/>, when none) is more than <see cref="EveryDays"/> days before it.
    /// Feedback after <paramref name="on"/> is not counted, so the question can be asked of any past date; facts about
    /// parties who are not participants are ignored.
    /// </summary>
    /// <param name="on">The date.</param>
    /// <param name="participants">Who the policy covers; each once.</param>
    /// <param name="feedback">When participants received feedback, in any order; several per participant allowed.</param>
    /// <returns>The overdue participants, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> or <paramref name="feedback"/> is null.</exception>
    /// <exception cref="AccountabilityException">A participant is <c>default</c> or named twice, or a fact's subject is <c>default</c>.</exception>
    public IReadOnlyList<OverdueFeedback> Overdue(LocalDate on, IEnumerable<PartyId> participants, IEnumerable<FeedbackFact> feedback)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(feedback);
        var problems = new ProblemCollector();
        PartyId[] people = [.. participants];
        var index = new Dictionary<PartyId, int>(people.Length);
        for (int i = 0; i < people.Length; i++)
        {
            if (people[i].IsDefault)
            {
                ReviewChecks.Party(problems, ProblemPath.Index("participants", i), people[i], "participant");
            }
            else if (!index.TryAdd(people[i], i))
            {
                problems.Error(ProblemPath.Index("participants", i), ReviewProblemCodes.ParticipantDuplicate, $"Participant {people[i]} is named more than once.", people[i].Value);
            }
        }

        var last = new LocalDate?[people.Length];
        int f = 0;
        foreach (FeedbackFact fact in feedback)
        {
            if (fact.Subject.IsDefault)
            {
                ReviewChecks.Party(problems, ProblemPath.Index("feedback", f), fact.Subject, "subject of the feedback");
            }
            else if (fact.On <= on && index.TryGetValue(fact.Subject, out int i) && (last[i] is not { } seen || fact.On > seen))
            {
                last[i] = fact.On;
            }

            f++;
        }

        problems.ThrowIfErrors();
        var overdue = new List<OverdueFeedback>();
        for (int i = 0; i < people.Length; i++)
        {
            LocalDate from = last[i] ?? CountFrom;
            int days = Period.DaysBetween(from, on);
            if (days > EveryDays)
            {
                overdue.Add(new OverdueFeedback(people[i], last[i], from.PlusDays(EveryDays), days - EveryDays));
            }
        }

        return overdue;
    }

    /// <summary>Describes the policy, such as <c>feedback at least every 30 days, counted from 2026-01-01</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        ReviewChecks.Invariant($"feedback at least every {EveryDays} day{(EveryDays == 1 ? string.Empty : "s")}, counted from {ReviewChecks.Format(CountFrom)}");
}
