using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Rules;

/// <summary>The digitization setup seeded from a JSON file on first run; a file that fails the API's checks stops start-up.</summary>
public sealed class SeedingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "library-seeds", Guid.NewGuid().ToString("N"));

    public SeedingTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static JsonObject Shipped() => ShippedFile("library-setup.json");

    private const string StaffLinkRule = "Staff: link, parallel approval";

    /// <summary>The shipped profile rule named so, to change it in a copy of the file.</summary>
    private static JsonObject ShippedRule(JsonObject setup, string name) =>
        setup["profileRules"]!.AsArray().Single(r => (string?)r!["name"] == name)!.AsObject();

    private static JsonObject ShippedDefaultRule(JsonObject setup) =>
        setup["profileRules"]!.AsArray().Single(r => r!["isDefault"] is { } flag && flag.GetValue<bool>())!.AsObject();

    private string Write(JsonObject setup, string name = "library-setup.json")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, setup.ToJsonString());
        return path;
    }

    private static JsonObject ShippedFile(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-data", name)))!.AsObject();

    private static string StartFails(string seedPath, string setting = "Library:SeedPath")
    {
        var error = Record.Exception(() => LibraryHost.Start(new Dictionary<string, string?> { [setting] = seedPath }));
        Assert.NotNull(error);
        var text = "";
        for (var e = error; e is not null; e = e.InnerException) text += e.Message + "\n";
        return text;
    }

    [Fact]
    public void A_rule_with_an_invalid_combination_stops_start_up_naming_the_file_and_the_rule()
    {
        var setup = Shipped();
        ShippedRule(setup, StaffLinkRule)["outputs"]!["target"] = "DocumentDeliveryAttachment";

        var messages = StartFails(Write(setup, "broken-setup.json"));
        Assert.Contains("broken-setup.json", messages);
        Assert.Contains($"'{StaffLinkRule}'", messages);
        Assert.Contains("outputs.maxAccessCount", messages);
    }

    [Fact]
    public void A_rule_that_can_never_match_stops_start_up()
    {
        var setup = Shipped();
        setup["profileRules"]![0]!["conditions"] = JsonNode.Parse("""
            [ { "field": "scope", "operator": "equals", "values": ["full"] }, { "field": "scope", "operator": "notIn", "values": ["FULL"] } ]
            """);

        var messages = StartFails(Write(setup));
        Assert.Contains("library-setup.json", messages);
        Assert.Contains("profileRules[0]", messages);
        Assert.Contains("can never match", messages);
    }

    [Fact]
    public void A_file_without_exactly_one_default_rule_stops_start_up()
    {
        var none = Shipped();
        ShippedDefaultRule(none).Remove("isDefault");
        Assert.Contains("exactly one", StartFails(Write(none, "none.json")));

        var two = Shipped();
        two["profileRules"]![0]!["isDefault"] = true;
        two["profileRules"]![0]!["conditions"] = new JsonArray();
        two["profileRules"]![0]!["enabled"] = true;
        Assert.Contains("2 profile rules", StartFails(Write(two, "two.json")));
    }

    [Fact]
    public void An_invalid_department_or_delivery_rule_stops_start_up()
    {
        var department = Shipped();
        department["departments"]![0]!["workTimeDays"] = 0;
        var messages = StartFails(Write(department, "department.json"));
        Assert.Contains("'DIGI_DEPT_INST'", messages);
        Assert.Contains("workTimeDays", messages);

        var delivery = Shipped();
        delivery["documentDeliveryRules"]![0]!["userGroups"] = new JsonArray();
        Assert.Contains("'Patrons may receive document delivery'", StartFails(Write(delivery, "delivery.json")));

        var half = Path.Combine(_folder, "half.json");
        File.WriteAllText(half, "{ \"profileRules\": [");
        Assert.Contains("malformed JSON", StartFails(half));
        Assert.Contains("does not exist", StartFails(Path.Combine(_folder, "missing.json")));
    }

    [Fact]
    public void An_invalid_partner_workflow_profile_or_reason_list_in_the_resource_sharing_file_stops_start_up()
    {
        var partner = ShippedFile("resource-sharing.json");
        partner["partners"]![1]!["profileType"] = "Fax";
        var messages = StartFails(Write(partner, "partners.json"), "Library:ResourceSharingPath");
        Assert.Contains("partners.json", messages);
        Assert.Contains("partner 'NLC01' (partners[1])", messages);
        Assert.Contains("profileType", messages);

        var uncoded = ShippedFile("resource-sharing.json");
        uncoded["workflowProfiles"]![0]!.AsObject().Remove("code");
        Assert.Contains("(workflowProfiles[0]) is invalid: code", StartFails(Write(uncoded, "uncoded.json"), "Library:ResourceSharingPath"));

        var twice = ShippedFile("resource-sharing.json");
        twice["partners"]![1]!["code"] = "BRL01";
        Assert.Contains("partner code 'BRL01' appears more than once", StartFails(Write(twice, "twice.json"), "Library:ResourceSharingPath"));

        var unknownProfile = ShippedFile("resource-sharing.json");
        unknownProfile["partners"]![0]!["workflowProfile"] = "FAST";
        Assert.Contains("'FAST' is not a workflow profile of the file", StartFails(Write(unknownProfile, "profile.json"), "Library:ResourceSharingPath"));

        var noReasons = ShippedFile("resource-sharing.json");
        noReasons["lendingReasons"]!["rejection"] = new JsonArray();
        Assert.Contains("lendingReasons is invalid: rejection", StartFails(Write(noReasons, "reasons.json"), "Library:ResourceSharingPath"));
    }

    [Fact]
    public void An_invalid_item_in_a_named_catalogue_file_stops_start_up_and_a_missing_one_is_named()
    {
        var untitled = ShippedFile("item-catalogue.json");
        untitled["items"]![1]!["title"] = "";
        var messages = StartFails(Write(untitled, "catalogue.json"), "Library:CataloguePath");
        Assert.Contains("item '39001000123' (items[1])", messages);
        Assert.Contains("title", messages);

        var twice = ShippedFile("item-catalogue.json");
        twice["items"]![2]!["barcode"] = "39001000999";
        Assert.Contains("item barcode '39001000999' appears more than once", StartFails(Write(twice, "twice.json"), "Library:CataloguePath"));

        Assert.Contains("Library:CataloguePath", StartFails(Path.Combine(_folder, "missing.json"), "Library:CataloguePath"));
    }

    [Fact]
    public async Task Library_SeedPath_seeds_another_setup()
    {
        var setup = Shipped();
        setup["departments"]!.AsArray().Add(new JsonObject { ["code"] = "LAW_DIGI", ["name"] = "Law Digitization", ["servedLibraries"] = new JsonArray("LAW") });
        setup["patronLimits"] = JsonNode.Parse("""[ { "userGroup": "Guest", "maxDigitizationRequests": 0 } ]""");
        setup["profileRules"]!.AsArray().Insert(0, JsonNode.Parse("""
            { "name": "Law: representation", "order": 1, "conditions": [ { "field": "library", "operator": "equals", "values": ["LAW"] } ],
              "outputs": { "target": "DigitalInventory" } }
            """));

        await using var host = LibraryHost.Start(new Dictionary<string, string?> { ["Library:SeedPath"] = Write(setup) });
        var departments = await (await host.Client.GetAsync("/api/departments")).ReadAsync<List<DepartmentView>>(HttpStatusCode.OK);
        Assert.Equal(["DIGI_DEPT_INST", "LAW_DIGI"], departments.Select(d => d.Code));
        var limits = await (await host.Client.GetAsync("/api/patron-limits")).ReadAsync<List<PatronLimitView>>(HttpStatusCode.OK);
        Assert.Equal([new PatronLimitView("Guest", 0)], limits);
        var shipped = Shipped()["profileRules"]!.AsArray().Select(r => (string)r!["name"]!).ToList();
        var rules = await host.Client.RulesAsync();
        Assert.Equal(["Law: representation", .. shipped], rules.Select(r => r.Name));
        Assert.Equal(Enumerable.Range(1, shipped.Count + 1), rules.Select(r => r.Order));
    }

    [Fact]
    public async Task Seeding_happens_once_so_later_edits_and_deletions_stay()
    {
        await using var host = LibraryHost.Start();
        var rule = await host.Client.DefaultRuleAsync();
        var body = rule.AsBody();
        body["description"] = "Edited by the administrator";
        (await host.Client.PutRuleAsync(rule.Id, body)).EnsureSuccessStatusCode();
        var delivery = Assert.Single(await host.Client.DeliveryRulesAsync());
        (await host.Client.DeleteAsync($"/api/document-delivery-rules/{delivery.Id}")).EnsureSuccessStatusCode();
        var before = await host.SnapshotAsync();

        await host.RestartAsync();

        Assert.Equal(before, await host.SnapshotAsync());
        Assert.Equal("Edited by the administrator", (await host.Client.DefaultRuleAsync()).Description);
        Assert.Empty(await host.Client.DeliveryRulesAsync());
    }
}
