namespace Accountability.Responsibility;

/// <summary>
/// The problems of one validation, indexed by the work item or party their path is under, so that answering for an
/// item looks only at the problems that can concern it.
/// </summary>
/// <remarks>
/// A path is under <c>items[id]</c> when it is that path or continues with <c>.</c> or <c>[</c>; an identifier may
/// itself contain <c>]</c>, so every way of reading the path is indexed. Paths under neither <c>items[</c> nor
/// <c>parties[</c> concern every item. Building is linear in the total length of the paths; immutable afterwards.
/// </remarks>
internal sealed class ProblemIndex
{
    private const string ItemsPrefix = "items[";
    private const string PartiesPrefix = "parties[";

    private readonly Dictionary<string, List<int>> _byItem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byParty = new(StringComparer.Ordinal);
    private readonly List<int> _general = [];

    public ProblemIndex(IReadOnlyList<Problem> problems)
    {
        Problems = problems;
        for (int i = 0; i < problems.Count; i++)
        {
            string path = problems[i].Path;
            if (path.StartsWith(ItemsPrefix, StringComparison.Ordinal))
            {
                AddKeys(_byItem, path, ItemsPrefix.Length, i);
            }
            else if (path.StartsWith(PartiesPrefix, StringComparison.Ordinal))
            {
                AddKeys(_byParty, path, PartiesPrefix.Length, i);
            }
            else
            {
                _general.Add(i);
                HasGeneralError |= problems[i].IsError;
            }
        }
    }

    /// <summary>Every problem, in the order found.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Tells whether a problem that concerns every item is an error.</summary>
    public bool HasGeneralError { get; }

    /// <summary>
    /// The problems that concern an item, in the order found: those under the item, those under any of
    /// <paramref name="parties"/>, and those under neither items nor parties.
    /// </summary>
    public List<Problem> Concerning(WorkItemId item, IEnumerable<PartyId> parties)
    {
        if (Problems.Count == 0)
        {
            return [];
        }

        var indexes = new List<int>(_general);
        if (_byItem.TryGetValue(item.Value, out List<int>? forItem))
        {
            indexes.AddRange(forItem);
        }

        if (_byParty.Count > 0)
        {
            var seen = new HashSet<PartyId>();
            foreach (PartyId party in parties)
            {
                if (seen.Add(party) && _byParty.TryGetValue(party.Value, out List<int>? forParty))
                {
                    indexes.AddRange(forParty);
                }
            }
        }

        indexes.Sort();
        var relevant = new List<Problem>(indexes.Count);
        for (int i = 0; i < indexes.Count; i++)
        {
            if (i == 0 || indexes[i] != indexes[i - 1])
            {
                relevant.Add(Problems[indexes[i]]);
            }
        }

        return relevant;
    }

    private static void AddKeys(Dictionary<string, List<int>> map, string path, int start, int problem)
    {
        for (int end = path.IndexOf(']', start); end >= 0; end = path.IndexOf(']', end + 1))
        {
            if (end + 1 < path.Length && path[end + 1] is not ('.' or '['))
            {
                continue;
            }

            string key = path[start..end];
            if (!map.TryGetValue(key, out List<int>? list))
            {
                list = [];
                map.Add(key, list);
            }

            if (list.Count == 0 || list[^1] != problem)
            {
                list.Add(problem);
            }
        }
    }
}
