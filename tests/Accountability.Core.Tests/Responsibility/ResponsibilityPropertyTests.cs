using Accountability.Responsibility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accountability.Tests.Responsibility;

/// <summary>The laws of responsibility matrices, checked on random matrices under every built-in scheme.</summary>
public class ResponsibilityPropertyTests
{
    [Property(MaxTest = 150)]
    public Property Diff_AppliedToA_GivesB(int seedA, int seedB)
    {
        RandomContent a = RandomContent.From(seedA);
        RandomContent b = RandomContent.From(seedB, a.Scheme);
        ResponsibilityMatrix ma = a.Build();
        ResponsibilityMatrix mb = b.Build(version: 2, effectiveFrom: b.Date);
        ResponsibilityMatrix applied = ma.Apply(ma.DiffTo(mb));
        return (applied.HasSameContentAs(mb) && applied.Version == mb.Version && applied.EffectiveFrom == mb.EffectiveFrom)
            .Label("a.Apply(diff(a, b)) differs from b");
    }

    [Property(MaxTest = 150)]
    public Property Validation_DoesNotDependOnInsertionOrder(int seed)
    {
        RandomContent content = RandomContent.From(seed);
        string[] inOrder = Fixture.Lines(content.Build().Validate(content.Date));
        string[] shuffled = Fixture.Lines(content.Shuffled(seed ^ 0x5bd1e995).Build().Validate(content.Date));
        return inOrder.SequenceEqual(shuffled).Label("validation changed when items and parties were added in another order");
    }

    [Property(MaxTest = 150)]
    public Property Handover_LeavesGiverWithNothing_ReceiverWithEverything_HistoryKept(int seed)
    {
        RandomContent content = RandomContent.From(seed);
        ResponsibilityMatrix before = content.Build();
        var random = new Random(seed);
        PartyId giver = RandomContent.PersonIds[random.Next(RandomContent.PersonIds.Length)];
        PartyId receiver = RandomContent.PersonIds.Where(p => p != giver).ElementAt(random.Next(RandomContent.PersonIds.Length - 1));
        LocalDate on = content.Date;
        bool clash = before.WorkItems.Any(item =>
        {
            string[] mine = [.. before.CodesOf(item.Id, receiver).Select(c => c.Symbol)];
            string[] theirs = [.. before.CodesOf(item.Id, giver).Select(c => c.Symbol)];
            return mine.Any(x => theirs.Any(y => before.Scheme.Forbids(x, y) && !(mine.Contains(y) && mine.Contains(x)) && !(theirs.Contains(x) && theirs.Contains(y))));
        });
        if (clash)
        {
            AccountabilityException refused = Assert.Throws<AccountabilityException>(() => before.Handover(giver, receiver, on));
            return refused.Problems.All(p => p.Code == ResponsibilityProblemCodes.HandoverForbiddenCombination && p.IsError)
                .Label("a handover merging codes the scheme forbids together was not refused as such");
        }

        ResponsibilityMatrix after = before.Handover(giver, receiver, on).After;

        var owed = before.ResponsibilitiesOf(giver, on).Entries.Concat(before.ResponsibilitiesOf(receiver, on).Entries)
            .Select(e => (e.WorkItem.Id, e.Code.Symbol)).ToHashSet();
        var held = after.ResponsibilitiesOf(receiver, on).Entries.Select(e => (e.WorkItem.Id, e.Code.Symbol)).ToHashSet();
        LocalDate dayBefore = on.PlusDays(-1);
        bool historyKept = before.Parties.Where(p => p.Kind != PartyKind.Person)
            .All(g => before.HoldersOf(g.Id, dayBefore).SequenceEqual(after.HoldersOf(g.Id, dayBefore)));

        return (!after.Assignments.Any(a => a.Party == giver)).Label("giver still has a cell")
            .And(after.ResponsibilitiesOf(giver, on).Entries.Count == 0).Label("giver still answers for something on the handover date")
            .And(held.IsSupersetOf(owed)).Label("receiver lacks some of the giver's responsibilities")
            .And(historyKept).Label("who held a role before the handover changed")
            .And(after.Version == before.Version + 1);
    }

    [Property(MaxTest = 150)]
    public Property RoleResolution_ReturnsOnlyHoldersWhoseTenureCoversTheDate(int seed)
    {
        RandomContent content = RandomContent.From(seed);
        ResponsibilityMatrix matrix = content.Build();
        LocalDate on = content.Date;
        bool ok = true;
        foreach (Party group in matrix.Parties.Where(p => p.Kind != PartyKind.Person))
        {
            var expected = matrix.Tenures
                .Where(t => t.RoleOrTeam == group.Id && t.EffectiveFrom <= on && (t.EffectiveTo is null || on <= t.EffectiveTo.Value))
                .Select(t => t.Person).ToHashSet();
            ok &= matrix.HoldersOf(group.Id, on).Select(p => p.Id).ToHashSet().SetEquals(expected);
        }

        return ok.Label("a holder's tenure does not cover the date, or a covering holder is missing");
    }

    /// <summary>A random but well-formed matrix content, made from a seed.</summary>
    internal sealed class RandomContent
    {
        public static readonly PartyId[] PersonIds = ["p0", "p1", "p2", "p3"];
        private static readonly ResponsibilityScheme[] Schemes = [ResponsibilityScheme.Raci, ResponsibilityScheme.Rasci, ResponsibilityScheme.RaciVs, ResponsibilityScheme.Daci];
        private static readonly LocalDate Start = new(2026, 1, 1);

        public required ResponsibilityScheme Scheme { get; init; }

        public required List<Party> Parties { get; init; }

        public required List<WorkItem> Items { get; init; }

        public required List<Tenure> Tenures { get; init; }

        public required List<Assignment> Cells { get; init; }

        public required LocalDate Date { get; init; }

        public static RandomContent From(int seed, ResponsibilityScheme? scheme = null)
        {
            var random = new Random(seed);
            scheme ??= Schemes[random.Next(Schemes.Length)];
            string[] rights = ["plan", "approve"];
            Authority RandomAuthority() => random.Next(3) switch
            {
                0 => Authority.None,
                1 => Authority.Of(random.Next(5)),
                _ => Authority.Create(rights.Where(_ => random.Next(2) == 0), random.Next(2) == 0 ? null : random.Next(5)),
            };

            var parties = PersonIds.Select(id => Party.Person(id, "Person " + id.Value, RandomAuthority())).ToList();
            parties.Add(Party.Role("r0", "Role 0", RandomAuthority()));
            parties.Add(Party.Role("r1", "Role 1", RandomAuthority()));
            parties.Add(Party.Team("t0", "Team 0", RandomAuthority()));
            var items = new List<WorkItem>();
            int count = 1 + random.Next(5);
            for (int i = 0; i < count; i++)
            {
                WorkItemId? parent = i > 0 && random.Next(2) == 0 ? new WorkItemId("i" + random.Next(i).ToString(System.Globalization.CultureInfo.InvariantCulture)) : (WorkItemId?)null;
                items.Add(new WorkItem("i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Item " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), parent, random.Next(3) == 0 ? RandomAuthority() : Authority.None));
            }

            var tenures = new List<Tenure>();
            foreach (PartyId person in PersonIds)
            {
                foreach (PartyId group in new PartyId[] { "r0", "r1", "t0" })
                {
                    if (random.Next(10) < 4)
                    {
                        LocalDate from = Start.PlusDays(random.Next(90));
                        LocalDate? to = random.Next(2) == 0 ? null : from.PlusDays(random.Next(60));
                        tenures.Add(new Tenure(person, group, from, to));
                    }
                }
            }

            var cells = new List<Assignment>();
            foreach (WorkItem item in items)
            {
                foreach (Party party in parties)
                {
                    if (random.Next(10) < 3)
                    {
                        var codes = scheme.Codes.Where(_ => random.Next(3) == 0).Select(c => c.Symbol).ToList();
                        if (codes.Count == 0)
                        {
                            codes.Add(scheme.Codes[random.Next(scheme.Codes.Count)].Symbol);
                        }

                        cells.Add(new Assignment(item.Id, party.Id, codes));
                    }
                }
            }

            return new RandomContent { Scheme = scheme, Parties = parties, Items = items, Tenures = tenures, Cells = cells, Date = Start.PlusDays(random.Next(150)) };
        }

        public ResponsibilityMatrix Build(int version = 1, LocalDate? effectiveFrom = null) =>
            ResponsibilityMatrix.Create(Scheme, Parties, Items, Tenures, Cells, version, effectiveFrom);

        public RandomContent Shuffled(int seed)
        {
            var random = new Random(seed);
            List<T> Shuffle<T>(List<T> list) => [.. list.OrderBy(_ => random.Next())];
            return new RandomContent { Scheme = Scheme, Parties = Shuffle(Parties), Items = Shuffle(Items), Tenures = Shuffle(Tenures), Cells = Shuffle(Cells), Date = Date };
        }
    }
}
