namespace Accountability.Reports.BrowserTests;

/// <summary>
/// A test that needs the system's Chromium (<c>/usr/bin/chromium</c>). Where it is missing the test is skipped, saying
/// how to install it, unless <c>ACCOUNTABILITY_REQUIRE_BROWSER=1</c> is set (as <c>.ci/run</c> does): then it runs and fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Where the tests look for Chromium (Debian's <c>chromium</c> package).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("ACCOUNTABILITY_REQUIRE_BROWSER") != "1")
        {
            Skip = $"Chromium is not installed at {ChromiumPath}: run `bash eng/install-chromium.sh` (apt-get install chromium), "
                + "or set ACCOUNTABILITY_REQUIRE_BROWSER=1 to make this a failure.";
        }
    }
}
