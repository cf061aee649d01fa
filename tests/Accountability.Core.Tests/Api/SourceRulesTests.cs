using System.Reflection;
using System.Text.RegularExpressions;

namespace Accountability.Tests.Api;

/// <summary>
/// House rules checked on the library's own source: problem codes come from the published constants and follow
/// one naming rule, and each file holds one public type named as the file.
/// </summary>
public partial class SourceRulesTests
{
    private static readonly Assembly Library = typeof(Problem).Assembly;

    [Fact]
    public void ProblemCodeClasses_ArePublishedPerStage()
    {
        string[] classes = [.. CodeClasses().Select(t => t.FullName!).Order(StringComparer.Ordinal)];
        Assert.Equal(
            [
                "Accountability.Calibration.CalibrationProblemCodes",
                "Accountability.Feedback.FeedbackProblemCodes",
                "Accountability.Formulas.FormulaProblemCodes",
                "Accountability.Goals.GoalProblemCodes",
                "Accountability.KernelProblemCodes",
                "Accountability.Reports.ReportProblemCodes",
                "Accountability.Responsibility.ResponsibilityProblemCodes",
                "Accountability.Reviews.ReviewProblemCodes",
                "Accountability.Scoring.ScoringProblemCodes",
                "Accountability.Serialization.SerializationProblemCodes",
            ],
            classes);
    }

    [Fact]
    public void ProblemCodes_AreKebabCaseAndUniquePerStage()
    {
        foreach (Type type in CodeClasses())
        {
            string[] codes = [.. Codes(type)];
            Assert.NotEmpty(codes);
            string[] badlyNamed = [.. codes.Where(c => !KebabCase().IsMatch(c))];
            Assert.True(badlyNamed.Length == 0, $"{type.Name} has codes that are not kebab-case: {string.Join(", ", badlyNamed)}");
            string[] repeated = [.. codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)];
            Assert.True(repeated.Length == 0, $"{type.Name} publishes a code twice: {string.Join(", ", repeated)}");
        }
    }

    [Fact]
    public void Source_HasNoLiteralProblemCodes()
    {
        var published = new HashSet<string>(CodeClasses().SelectMany(Codes), StringComparer.Ordinal);
        var found = new List<string>();
        foreach (string file in SourceFiles())
        {
            if (Path.GetFileName(file).EndsWith("ProblemCodes.cs", StringComparison.Ordinal))
            {
                continue;
            }

            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                // A literal where a problem is made: new Problem(path, "code", …), collector.Error(path, "code", …).
                if (LiteralCodeArgument().IsMatch(line))
                {
                    found.Add($"{Relative(file)}:{i + 1}: {line.Trim()}");
                    continue;
                }

                // A published code's text written out anywhere else (a plug-in's name may equal its code).
                if (PluginName().IsMatch(line))
                {
                    continue;
                }

                foreach (Match literal in StringLiteral().Matches(line))
                {
                    if (published.Contains(literal.Groups[1].Value))
                    {
                        found.Add($"{Relative(file)}:{i + 1}: {line.Trim()}");
                        break;
                    }
                }
            }
        }

        Assert.True(found.Count == 0, "Problem codes written as literals (use the stage's …ProblemCodes constant):\n" + string.Join("\n", found));
    }

    [Fact]
    public void Source_HasOnePublicTypePerFile_NamedAsTheFile()
    {
        var found = new List<string>();
        foreach (string file in SourceFiles())
        {
            string fileName = Path.GetFileNameWithoutExtension(file);
            string typeName = fileName.Split('.')[0];
            string[] declared = [.. File.ReadAllLines(file)
                .Select(l => TopLevelPublicType().Match(l))
                .Where(m => m.Success)
                .Select(m => m.Groups["name"].Value)];
            if (declared.Length > 1)
            {
                found.Add($"{Relative(file)} declares {declared.Length} public types: {string.Join(", ", declared)}");
            }
            else if (declared.Length == 1 && declared[0] != typeName)
            {
                found.Add($"{Relative(file)} declares {declared[0]}, not {typeName}");
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static IEnumerable<Type> CodeClasses() =>
        Library.GetExportedTypes().Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("ProblemCodes", StringComparison.Ordinal));

    private static IEnumerable<string> Codes(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    private static IEnumerable<string> SourceFiles()
    {
        string src = Path.Combine(RepositoryRoot(), "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    private static string Relative(string file) => Path.GetRelativePath(RepositoryRoot(), file);

    /// <summary>The folder holding the solution file, found above the test binaries (inside the repository).</summary>
    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Accountability.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder with Accountability.Core.sln) is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\bName\s*=>\s*""[^""]*"";")]
    private static partial Regex PluginName();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(new\s+Problem\s*\(|\.(Error|Warning|Information)\s*\()[^,()]*(\([^()]*\))?[^,()]*,\s*\$?""")]
    private static partial Regex LiteralCodeArgument();

    [GeneratedRegex(@"^(public|public\s+(static|sealed|abstract|readonly|partial|record|ref|unsafe|\s)+)\s*(class|struct|interface|enum|record|delegate\s+\S+)\s+(?<name>\w+)")]
    private static partial Regex TopLevelPublicType();
}
