using System.Reflection;
using Accountability.Feedback;
using NodaTime;

namespace Accountability.Tests.Feedback;

/// <summary>
/// The contract every <see cref="IAccountabilityStore"/> keeps, written once: subclass it, return a new empty store from
/// <see cref="CreateStore"/>, and every test runs against that implementation (the in-memory store here; the SQLite and
/// PostgreSQL stores in their own test projects). Ordering, paging, conflicts, immutability of returned records, empty
/// stores, 100,000 records and concurrent appenders.
/// </summary>
public abstract class AccountabilityStoreContract
{
    /// <summary>A new, empty store.</summary>
    protected abstract IAccountabilityStore CreateStore();

    private static StreamId S(string id) => new(id);

    private static async Task<List<AccountabilityRecord>> ReadAll(IAccountabilityStore store, RecordQuery query)
    {
        var all = new List<AccountabilityRecord>();
        RecordPage page = await store.QueryAsync(query);
        all.AddRange(page.Records);
        while (page.ContinuationToken is { } next)
        {
            Assert.NotEmpty(page.Records);
            page = await store.QueryAsync(query.After(next));
            all.AddRange(page.Records);
        }

        return all;
    }

    [Fact]
    public async Task EmptyStore_ReadsNothing_AndQueriesReturnOneEmptyLastPage()
    {
        IAccountabilityStore store = CreateStore();

        Assert.Null(await store.ReadAsync(new RecordId("nope")));
        Assert.Empty(await store.ReadStreamAsync(S("nope")));
        RecordPage page = await store.QueryAsync(new RecordQuery());
        Assert.Empty(page.Records);
        Assert.Null(page.ContinuationToken);
        Assert.False(page.HasMore);
        Assert.Empty((await store.QueryAsync(new RecordQuery { Order = RecordOrder.Descending, Subject = RecordSubject.Of(new PartyId("ana")) })).Records);
    }

    [Fact]
    public async Task Append_NumbersTheStreamFromOne_AndReturnsPlacedCopies_LeavingTheGivenRecordsUnstored()
    {
        IAccountabilityStore store = CreateStore();
        FeedbackRecord first = TestRecords.Feedback("f1");
        Acknowledgment second = TestRecords.Acknowledgment("a1", "f1");

        IReadOnlyList<AccountabilityRecord> stored = await store.AppendAsync(S("f1"), 0, [first, second]);

        Assert.Equal([1L, 2L], stored.Select(r => r.Version));
        Assert.All(stored, r => Assert.Equal(S("f1"), r.Stream));
        Assert.All(stored, r => Assert.True(r.IsStored));
        Assert.False(first.IsStored);
        Assert.Equal(0, first.Version);
        Assert.True(first.Stream.IsDefault);
        var read = Assert.IsType<FeedbackRecord>(await store.ReadAsync(new RecordId("f1")));
        Assert.Equal("Great quarter.", read.Text);
        Assert.Equal(1, read.Version);
        Assert.Equal(["f1", "a1"], (await store.ReadStreamAsync(S("f1"))).Select(r => r.Id.Value));

        IReadOnlyList<AccountabilityRecord> third = await store.AppendAsync(S("f1"), 2, [TestRecords.Acknowledgment("a2", "f1")]);
        Assert.Equal(3, Assert.Single(third).Version);
    }

    [Fact]
    public async Task Append_WithAStaleVersion_IsAConflict_AndTheStoreIsUnchanged()
    {
        IAccountabilityStore store = CreateStore();
        await store.AppendAsync(S("f1"), 0, [TestRecords.Feedback("f1")]);

        var conflict = await Assert.ThrowsAsync<StreamVersionConflictException>(async () => await store.AppendAsync(S("f1"), 0, [TestRecords.Acknowledgment("a1", "f1"), TestRecords.Acknowledgment("a2", "f1")]));

        Assert.Equal(S("f1"), conflict.Stream);
        Assert.Equal(0, conflict.ExpectedVersion);
        Assert.Equal(1, conflict.ActualVersion);
        Problem problem = Assert.Single(conflict.Problems);
        Assert.Equal(FeedbackProblemCodes.VersionConflict, problem.Code);
        Assert.Equal("streams[f1]", problem.Path);
        Assert.Equal("The stream 'f1' is at version 1, not 0: another writer appended first. Nothing was appended; read the stream again and retry.", problem.Message);
        Assert.Single(await store.ReadStreamAsync(S("f1")));
        Assert.Null(await store.ReadAsync(new RecordId("a1")));
        Assert.Single((await store.QueryAsync(new RecordQuery())).Records);

        await Assert.ThrowsAsync<StreamVersionConflictException>(async () => await store.AppendAsync(S("new"), 3, [TestRecords.Feedback("x")]));
        Assert.Empty(await store.ReadStreamAsync(S("new")));
    }

    [Fact]
    public async Task Append_ADuplicateIdentifier_IsRefused_AndNothingOfTheBatchIsAppended()
    {
        IAccountabilityStore store = CreateStore();
        await store.AppendAsync(S("f1"), 0, [TestRecords.Feedback("f1")]);

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await store.AppendAsync(S("f2"), 0, [TestRecords.Feedback("f2"), TestRecords.Feedback("f1")]));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(FeedbackProblemCodes.DuplicateRecord, problem.Code);
        Assert.Equal("records[1]", problem.Path);
        Assert.Empty(await store.ReadStreamAsync(S("f2")));
        Assert.Null(await store.ReadAsync(new RecordId("f2")));

        var twice = await Assert.ThrowsAsync<AccountabilityException>(async () => await store.AppendAsync(S("f3"), 0, [TestRecords.Feedback("f3"), TestRecords.Feedback("f3")]));
        Assert.Equal(FeedbackProblemCodes.DuplicateRecord, Assert.Single(twice.Problems).Code);
        Assert.Empty(await store.ReadStreamAsync(S("f3")));
    }

    [Fact]
    public async Task Append_BadArguments_AreRefusedAtOnce()
    {
        IAccountabilityStore store = CreateStore();
        IReadOnlyList<AccountabilityRecord> stored = await store.AppendAsync(S("f1"), 0, [TestRecords.Feedback("f1")]);

        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(S("f2"), 0, []));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.AppendAsync(S("f2"), 0, null!));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.AppendAsync(S("f2"), 0, [null!]));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(default, 0, [TestRecords.Feedback("f2")]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.AppendAsync(S("f2"), -1, [TestRecords.Feedback("f2")]));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(S("f2"), 0, [stored[0]]));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.QueryAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.QueryAsync(new RecordQuery { ContinuationToken = "not a token" }));
        Assert.Single((await store.QueryAsync(new RecordQuery())).Records);
    }

    [Fact]
    public async Task Append_Cancelled_AppendsNothing()
    {
        IAccountabilityStore store = CreateStore();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.AppendAsync(S("f1"), 0, [TestRecords.Feedback("f1")], cancelled.Token));

        Assert.Empty(await store.ReadStreamAsync(S("f1")));
    }

    [Fact]
    public async Task Query_FiltersBySubjectAuthorKindAndTime_InAppendOrder_BothWays()
    {
        IAccountabilityStore store = CreateStore();
        for (int i = 0; i < 42; i++)
        {
            FeedbackRecord r = TestRecords.Numbered(i);
            await store.AppendAsync(S(r.Id.Value), 0, [r]);
        }

        var query = new RecordQuery
        {
            Subject = RecordSubject.Of(new PartyId("rep-2")),
            Author = new PartyId("author-0"),
            Kinds = [RecordKinds.Recognition],
            From = TestRecords.Start + Duration.FromMinutes(5),
            Until = TestRecords.Start + Duration.FromMinutes(31),
        };
        string[] expected = [.. Enumerable.Range(0, 42)
            .Where(i => i % 7 == 2 && i % 3 == 0 && i >= 5 && i < 31)
            .Select(i => TestRecords.Numbered(i).Id.Value)];
        Assert.Equal(["r000009", "r000030"], expected);

        Assert.Equal(expected, (await ReadAll(store, query)).Select(r => r.Id.Value));
        Assert.Equal(expected.Reverse(), (await ReadAll(store, new RecordQuery { Subject = query.Subject, Author = query.Author, Kinds = query.Kinds, From = query.From, Until = query.Until, Order = RecordOrder.Descending, PageSize = 1 })).Select(r => r.Id.Value));
        Assert.Equal(14, (await ReadAll(store, new RecordQuery { Author = new PartyId("author-1") })).Count);
        Assert.Equal(14, (await ReadAll(store, new RecordQuery { Kinds = [RecordKinds.Coaching] })).Count);
        Assert.Equal(28, (await ReadAll(store, new RecordQuery { Kinds = [RecordKinds.Coaching, RecordKinds.Improvement] })).Count);
        Assert.Equal(6, (await ReadAll(store, new RecordQuery { Subject = RecordSubject.Of(new PartyId("rep-0")) })).Count);
        Assert.Empty(await ReadAll(store, new RecordQuery { Subject = RecordSubject.Of(new WorkItemId("rep-0")) }));
        Assert.Equal(10, (await ReadAll(store, new RecordQuery { From = TestRecords.Start + Duration.FromMinutes(32) })).Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(25)]
    [InlineData(100)]
    public async Task Paging_ReturnsEveryRecordExactlyOnce_InOrder_ForAnyPageSize(int pageSize)
    {
        IAccountabilityStore store = CreateStore();
        for (int batch = 0; batch < 5; batch++)
        {
            AccountabilityRecord[] records = [.. Enumerable.Range(batch * 5, 5).Select(TestRecords.Numbered)];
            await store.AppendAsync(S("batch-" + batch), 0, records);
        }

        string[] all = [.. Enumerable.Range(0, 25).Select(i => TestRecords.Numbered(i).Id.Value)];
        List<AccountabilityRecord> ascending = await ReadAll(store, new RecordQuery { PageSize = pageSize });
        List<AccountabilityRecord> descending = await ReadAll(store, new RecordQuery { PageSize = pageSize, Order = RecordOrder.Descending });
        List<AccountabilityRecord> rep3 = await ReadAll(store, new RecordQuery { PageSize = pageSize, Subject = RecordSubject.Of(new PartyId("rep-3")) });

        Assert.Equal(all, ascending.Select(r => r.Id.Value));
        Assert.Equal(all.Reverse(), descending.Select(r => r.Id.Value));
        Assert.Equal(["r000003", "r000010", "r000017", "r000024"], rep3.Select(r => r.Id.Value));
    }

    [Fact]
    public async Task Paging_ARecordAppendedBetweenPages_ComesOnALaterAscendingPage_AndNoRecordTwice()
    {
        IAccountabilityStore store = CreateStore();
        await store.AppendAsync(S("s"), 0, [TestRecords.Numbered(0), TestRecords.Numbered(1), TestRecords.Numbered(2)]);
        var query = new RecordQuery { PageSize = 2 };

        RecordPage first = await store.QueryAsync(query);
        await store.AppendAsync(S("s"), 3, [TestRecords.Numbered(3)]);
        RecordPage second = await store.QueryAsync(query.After(first.ContinuationToken));

        Assert.Equal(["r000000", "r000001"], first.Records.Select(r => r.Id.Value));
        Assert.Equal(["r000002", "r000003"], second.Records.Select(r => r.Id.Value));
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task ReturnedRecordsAndLists_CannotChangeTheStore()
    {
        IAccountabilityStore store = CreateStore();
        await store.AppendAsync(S("f1"), 0, [TestRecords.Feedback("f1"), TestRecords.Acknowledgment("a1", "f1")]);

        IReadOnlyList<AccountabilityRecord> stream = await store.ReadStreamAsync(S("f1"));
        RecordPage page = await store.QueryAsync(new RecordQuery());
        if (stream is IList<AccountabilityRecord> { IsReadOnly: false } list)
        {
            list[0] = TestRecords.Feedback("intruder");
        }

        if (page.Records is IList<AccountabilityRecord> { IsReadOnly: false } pageList)
        {
            pageList[0] = TestRecords.Feedback("intruder");
        }

        Assert.Equal(["f1", "a1"], (await store.ReadStreamAsync(S("f1"))).Select(r => r.Id.Value));
        Assert.Equal(["f1", "a1"], (await store.QueryAsync(new RecordQuery())).Records.Select(r => r.Id.Value));
        AccountabilityRecord read = (await store.ReadAsync(new RecordId("f1")))!;
        Assert.All(
            read.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance),
            p => Assert.False(p.SetMethod is { IsPublic: true }, p.Name + " has a public setter"));
        AccountabilityRecord moved = read.PlacedAt(S("elsewhere"), 9);
        Assert.Equal(S("f1"), (await store.ReadAsync(new RecordId("f1")))!.Stream);
        Assert.Equal(S("elsewhere"), moved.Stream);
    }

    [Fact]
    public async Task HundredThousandRecords_AreAllKept_AndPageBackInOrder()
    {
        const int n = 100_000;
        IAccountabilityStore store = CreateStore();
        for (int batch = 0; batch < n / 1000; batch++)
        {
            AccountabilityRecord[] records = [.. Enumerable.Range(batch * 1000, 1000).Select(TestRecords.Numbered)];
            await store.AppendAsync(S("batch-" + batch), 0, records);
        }

        int count = 0;
        int previous = -1;
        foreach (AccountabilityRecord record in await ReadAll(store, new RecordQuery { PageSize = RecordQuery.MaxPageSize }))
        {
            int number = int.Parse(record.Id.Value[1..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(previous + 1, number);
            previous = number;
            count++;
        }

        Assert.Equal(n, count);
        List<AccountabilityRecord> rep5 = await ReadAll(store, new RecordQuery { Subject = RecordSubject.Of(new PartyId("rep-5")), Order = RecordOrder.Descending, PageSize = 1000 });
        Assert.Equal(Enumerable.Range(0, n).Count(i => i % 7 == 5), rep5.Count);
        Assert.Equal("r099993", rep5[0].Id.Value);
        Assert.NotNull(await store.ReadAsync(new RecordId("r054321")));
        Assert.Equal(1000, (await store.ReadStreamAsync(S("batch-99"))).Count);
    }

    [Fact]
    public async Task ConcurrentAppenders_ToOneStream_NeverOverwriteEachOther_AndLosersGetConflicts()
    {
        const int writers = 8;
        const int each = 25;
        IAccountabilityStore store = CreateStore();
        int conflicts = 0;
        using var start = new ManualResetEventSlim(false);
        Task[] tasks = [.. Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            start.Wait();
            for (int i = 0; i < each; i++)
            {
                FeedbackRecord record = TestRecords.Feedback($"w{w}-{i}", author: "w" + w);
                while (true)
                {
                    long version = (await store.ReadStreamAsync(S("contended"))).Count;
                    try
                    {
                        await store.AppendAsync(S("contended"), version, [record]);
                        break;
                    }
                    catch (StreamVersionConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        }))];
        start.Set();
        await Task.WhenAll(tasks);

        IReadOnlyList<AccountabilityRecord> stream = await store.ReadStreamAsync(S("contended"));
        Assert.Equal(writers * each, stream.Count);
        Assert.Equal(Enumerable.Range(1, writers * each).Select(v => (long)v), stream.Select(r => r.Version));
        Assert.Equal(writers * each, stream.Select(r => r.Id).Distinct().Count());
        for (int w = 0; w < writers; w++)
        {
            Assert.Equal(Enumerable.Range(0, each).Select(i => $"w{w}-{i}"), stream.Where(r => r.Author == new PartyId("w" + w)).Select(r => r.Id.Value));
        }
    }

    [Fact]
    public async Task ConcurrentAppenders_ToTheirOwnStreams_AllSucceed()
    {
        IAccountabilityStore store = CreateStore();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (int i = 0; i < 50; i++)
            {
                await store.AppendAsync(S("own-" + w), i, [TestRecords.Feedback($"o{w}-{i}")]);
            }
        })));

        for (int w = 0; w < 8; w++)
        {
            Assert.Equal(50, (await store.ReadStreamAsync(S("own-" + w))).Count);
        }

        Assert.Equal(400, (await ReadAll(store, new RecordQuery { PageSize = 33 })).Count);
    }
}
