using Accountability.Feedback;

namespace Accountability.Tests.Feedback;

public class SuggestionTests
{
    [Fact]
    public async Task Suggest_RoutesToTheAccountableOfTheWorkItem_AndAdoptionIsFeedbackThatChangesTheStrategy()
    {
        var f = new FeedbackFixture();

        SuggestionCase filed = await f.Journal.SuggestAsync("zed", "visits", "Plan calls by customer value, not by postcode.", f.Snapshot);
        await f.Journal.ConsiderSuggestionAsync(filed.Suggestion.Id, "dora");
        SuggestionStatusChange adopted = await f.Journal.AdoptSuggestionAsync(filed.Suggestion.Id, "dora", "The Q2 call plan ranks customers by value.");
        SuggestionCase other = await f.Journal.SuggestAsync("ana", "visits", "Fewer visits on Fridays.", f.Snapshot);
        await f.Journal.ConsiderSuggestionAsync(other.Suggestion.Id, "dora", "Discuss in May.");
        await f.Journal.DeclineSuggestionAsync(other.Suggestion.Id, "dora", "Fridays are our busiest days.");

        Assert.Equal(SuggestionStatus.Received, filed.Status);
        Assert.Equal([new PartyId("dora")], filed.RoutedTo);
        Assert.Equal(RecordKinds.UpwardSuggestion, filed.Suggestion.Kind);
        Assert.Equal("work-item:visits", filed.Suggestion.Subject.Key);
        Assert.Equal(SuggestionStatus.Adopted, adopted.Status);
        FeedbackHistory suggestions = await f.Journal.SuggestionsAsync();
        Assert.Equal(2, suggestions.Suggestions.Count);
        SuggestionCase strategy = Assert.Single(suggestions.AdoptedSuggestions);
        Assert.Equal("The Q2 call plan ranks customers by value.", strategy.Change);
        Assert.Equal("zed on visits: Plan calls by customer value, not by postcode. [adopted: The Q2 call plan ranks customers by value.]", strategy.ToString());
        Assert.Equal([SuggestionStatus.Received, SuggestionStatus.Considered, SuggestionStatus.Adopted], strategy.Steps.Select(s => s.Status));
        SuggestionCase declined = suggestions.Suggestions[1];
        Assert.Equal(SuggestionStatus.Declined, declined.Status);
        Assert.Equal("Fridays are our busiest days.", declined.DeclineReason);
        Assert.Null(declined.Change);
    }

    [Fact]
    public async Task ForbiddenSteps_AreRefused_WithTheStateUnchanged()
    {
        var f = new FeedbackFixture();
        SuggestionCase filed = await f.Journal.SuggestAsync("zed", "visits", "Plan calls by value.", f.Snapshot);

        var early = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.AdoptSuggestionAsync(filed.Suggestion.Id, "dora", "Done."));
        await f.Journal.ConsiderSuggestionAsync(filed.Suggestion.Id, "dora");
        await f.Journal.DeclineSuggestionAsync(filed.Suggestion.Id, "dora", "Not now.");
        var late = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.AdoptSuggestionAsync(filed.Suggestion.Id, "dora", "Done after all."));

        Problem problem = Assert.Single(early.Problems);
        Assert.Equal(FeedbackProblemCodes.TransitionNotAllowed, problem.Code);
        Assert.Equal("suggestion", problem.Path);
        Assert.Equal("The suggestion 'rec-1' is received; it cannot be adopted (received → considered → adopted or declined).", problem.Message);
        Assert.Equal("The suggestion 'rec-1' is declined; it cannot be adopted (received → considered → adopted or declined).", Assert.Single(late.Problems).Message);
        Assert.Equal(SuggestionStatus.Declined, Assert.Single((await f.Journal.SuggestionsAsync()).Suggestions).Status);
        Assert.Equal(4, f.Store.Count);
    }

    [Fact]
    public async Task OnlyWhomItWasRoutedTo_MovesIt_AndAnAdoptionMustSayWhatChanged()
    {
        var f = new FeedbackFixture();
        SuggestionCase filed = await f.Journal.SuggestAsync("zed", "visits", "Plan calls by value.", f.Snapshot);
        await f.Journal.ConsiderSuggestionAsync(filed.Suggestion.Id, "dora");

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.AdoptSuggestionAsync(filed.Suggestion.Id, "wu", ""));

        Assert.Equal(
            [
                ("by", FeedbackProblemCodes.NotRoutedTo, "The suggestion 'rec-1' is for 'dora' to decide, not 'wu'."),
                ("change", FeedbackProblemCodes.TextEmpty, "The description of the change is empty; write at least one word."),
            ],
            ex.Problems.Select(p => (p.Path, p.Code, p.Message)));
        Assert.Equal(3, f.Store.Count);
    }

    [Fact]
    public async Task Suggest_AboutUnknownWork_CannotBeRouted_AndPlainFeedbackIsNotASuggestion()
    {
        var f = new FeedbackFixture();
        FeedbackRecord plain = await f.Journal.GiveAsync("zed", new WorkItemId("visits"), FeedbackKind.UpwardSuggestion, "Unrouted idea.");

        var unknown = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.SuggestAsync("zed", "no-such-work", "Idea.", f.Snapshot));
        var notSuggestion = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.ConsiderSuggestionAsync(plain.Id, "dora"));

        Problem problem = Assert.Single(unknown.Problems);
        Assert.Equal(FeedbackProblemCodes.NotRoutable, problem.Code);
        Assert.StartsWith("No one is on record as accountable for 'no-such-work', so the suggestion cannot be routed.", problem.Message, StringComparison.Ordinal);
        Assert.Equal(FeedbackProblemCodes.WrongRecordKind, Assert.Single(notSuggestion.Problems).Code);
        Assert.Equal(1, f.Store.Count);
    }
}
