using System.Text.RegularExpressions;

namespace Accountability.Tests.Api;

/// <summary>
/// Every C# example in <c>docs/</c> and the README is code that compiles and runs: each of its lines is found in a
/// source file of the sample console or the tests (the examples are copied from them, not written beside them).
/// </summary>
public partial class DocsTests
{
    private static string RepositoryRoot()
    {
        for (DirectoryInfo? at = new(AppContext.BaseDirectory); at is not null; at = at.Parent)
        {
            if (File.Exists(Path.Combine(at.FullName, "Accountability.Core.sln")))
            {
                return at.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Accountability.Core.sln) was not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void DocsExamples_AreLinesOfCompiledSamplesOrTests()
    {
        string root = RepositoryRoot();
        string[] sources = [.. new[] { "samples", "tests" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("DocsTests.cs", StringComparison.Ordinal))
            .Select(File.ReadAllText)];
        string[] pages = Directory.GetFiles(Path.Combine(root, "docs"), "*.md");
        Assert.NotEmpty(pages);

        var missing = new List<string>();
        int examples = 0;
        foreach (string page in pages)
        {
            foreach (Match block in CSharpBlock().Matches(File.ReadAllText(page)))
            {
                examples++;
                foreach (string line in block.Groups["code"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
                {
                    if (!sources.Any(s => s.Contains(line, StringComparison.Ordinal)))
                    {
                        missing.Add($"{Path.GetFileName(page)}: {line}");
                    }
                }
            }
        }

        Assert.True(examples >= 5, $"only {examples} examples found");
        Assert.True(missing.Count == 0, "Examples in docs/ not found in any sample or test:\n" + string.Join("\n", missing));
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
