using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Library.Approvals;
using Library.Tests.Contract;

namespace Library.Tests.Localization;

/// <summary>
/// The staff UI's locale files (src/Host/ui/src/**/locales/{en,fr,zh}.json): every namespace says the same things in
/// the three languages, and the shared tables name every status the API can answer and every reason of Alma's lists.
/// </summary>
public sealed partial class LocaleFileTests
{
    private static readonly string[] Languages = ["en", "fr", "zh"];

    private static string UiSource => Path.Combine(OpenApiDocumentTests.RepositoryRoot(), "src", "Host", "ui", "src");

    /// <summary>Each folder holding locale files, by namespace name as i18n.ts names it.</summary>
    public static TheoryData<string> Namespaces()
    {
        var data = new TheoryData<string>();
        foreach (var folder in LocaleFolders()) data.Add(Path.GetRelativePath(UiSource, folder));
        return data;
    }

    private static IEnumerable<string> LocaleFolders() =>
        Directory.EnumerateDirectories(UiSource, "locales", SearchOption.AllDirectories)
            .Where(f => !f.Contains("node_modules")).Order(StringComparer.Ordinal);

    [Fact]
    public void Common_and_the_example_page_have_locale_files()
    {
        var folders = LocaleFolders().Select(f => Path.GetRelativePath(UiSource, f).Replace('\\', '/')).ToList();
        Assert.Contains("i18n/locales", folders);
        Assert.Contains("pages/scan-stations/locales", folders);
    }

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void Every_language_has_the_keys_of_English_and_no_others(string folder)
    {
        var english = Strings(folder, "en");
        Assert.NotEmpty(english);
        foreach (var language in Languages.Skip(1))
        {
            var other = Strings(folder, language);
            var missing = BaseKeys(english).Except(BaseKeys(other)).Order().ToList();
            var extra = BaseKeys(other).Except(BaseKeys(english)).Order().ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"{folder}/{language}.json: missing [{string.Join(", ", missing)}], not in English [{string.Join(", ", extra)}]");
        }
    }

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void Every_string_is_written_and_keeps_the_placeholders_and_markup_of_English(string folder)
    {
        var english = Strings(folder, "en");
        foreach (var language in Languages)
        {
            foreach (var (key, text) in Strings(folder, language))
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{folder}/{language}.json: {key} is empty");
                var reference = english.GetValueOrDefault(key) ?? english.First(e => BaseKey(e.Key) == BaseKey(key)).Value;
                Assert.True(Markers(reference).SetEquals(Markers(text)),
                    $"{folder}/{language}.json: {key} has [{string.Join(", ", Markers(text))}], English has [{string.Join(", ", Markers(reference))}]");
            }
        }
    }

    [Theory]
    [InlineData("digitizationStatus", "DigitizationStatus")]
    [InlineData("lendingStatus", "LendingStatus")]
    [InlineData("moveStatus", "MoveStatus")]
    [InlineData("approvalStatus", "ApprovalStatus")]
    public void The_common_status_tables_name_every_status_the_API_answers(string table, string schema)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(OpenApiDocumentTests.RepositoryRoot(), "src", "Host", "openapi.json")))!;
        var statuses = document["components"]!["schemas"]![schema]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        Assert.NotEmpty(statuses);
        foreach (var language in Languages)
        {
            var labels = Strings("i18n/locales", language);
            Assert.All(statuses, s => Assert.True(labels.ContainsKey($"{table}.{s}"), $"{language}: {table} lacks \"{s}\""));
        }
    }

    [Fact]
    public void The_common_reason_table_names_every_reason_of_Alma_s_approval_lists()
    {
        foreach (var language in Languages)
        {
            var labels = Strings("i18n/locales", language);
            Assert.All(ApprovalReasons.Approve.Concat(ApprovalReasons.Reject),
                r => Assert.True(labels.ContainsKey($"reason.{r}"), $"{language}: reason lacks \"{r}\""));
        }
    }

    /// <summary>A locale file flattened to its keys as t() names them ("register.title").</summary>
    private static Dictionary<string, string> Strings(string folder, string language)
    {
        var path = Path.Combine(UiSource, folder, $"{language}.json");
        Assert.True(File.Exists(path), $"{folder} has no {language}.json");
        var strings = new Dictionary<string, string>();
        Flatten(JsonNode.Parse(File.ReadAllText(path))!.AsObject(), "", strings);
        return strings;
    }

    private static void Flatten(JsonObject node, string prefix, Dictionary<string, string> into)
    {
        foreach (var (name, value) in node)
        {
            var key = prefix + name;
            if (value is JsonObject child) Flatten(child, key + ".", into);
            else into[key] = value!.GetValue<string>();
        }
    }

    /// <summary>Plural forms differ by language (French has _many, Chinese only _other), so keys compare without them.</summary>
    private static HashSet<string> BaseKeys(Dictionary<string, string> strings) => strings.Keys.Select(BaseKey).ToHashSet();

    private static string BaseKey(string key) => PluralSuffix().Replace(key, "");

    private static HashSet<string> Markers(string text) => Marker().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex("_(zero|one|two|few|many|other)$")]
    private static partial Regex PluralSuffix();

    /// <summary>Interpolations ({{id}}) and the Trans component's tags (&lt;code&gt;, &lt;/code&gt;).</summary>
    [GeneratedRegex(@"\{\{[^}]+\}\}|</?[a-z0-9]+>")]
    private static partial Regex Marker();
}
