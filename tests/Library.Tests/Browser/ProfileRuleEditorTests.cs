using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The profile rule pages in Chromium: the API's validation messages beside the fields they name with what was
/// typed kept, "Try a request" matching saved rules without creating a request, and reordering on the list.
/// </summary>
public sealed class ProfileRuleEditorTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string DefaultRule = "Default Digitization Rule";

    [Fact]
    public async Task A_rule_refused_by_the_api_shows_its_messages_beside_the_fields_keeps_the_input_and_saves_once_corrected()
    {
        var before = await RulesAsync();

        await Page.GotoAsync("/rules");
        await Page.GetByRole(AriaRole.Link, new() { Name = "New rule", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/rules/new$"));
        var name = Page.GetByLabel("Name", new() { Exact = true });
        var values = Page.GetByLabel("Values", new() { Exact = true });
        var description = Page.GetByLabel("Description", new() { Exact = true });
        var target = Page.GetByLabel("Target", new() { Exact = true });
        var maxAccessCount = Page.GetByLabel("Max access count", new() { Exact = true });

        // No name, and a condition whose list of values is left empty; the rest filled in.
        await description.FillAsync("Faculty get a download link");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add condition", Exact = true }).ClickAsync();
        await Page.GetByLabel("Field", new() { Exact = true }).SelectOptionAsync("userGroup");
        await Page.GetByLabel("Operator", new() { Exact = true }).SelectOptionAsync("in");
        await target.SelectOptionAsync("DocumentDeliveryLink");
        await maxAccessCount.FillAsync("5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("validation");
        await ExpectFieldErrorAsync(name, "'name' must not be empty");
        await ExpectFieldErrorAsync(values, "needs at least one value");
        await ScreenshotAsync("rule-editor-refused");
        // What the user typed is all still there.
        await Expect(description).ToHaveValueAsync("Faculty get a download link");
        await Expect(target).ToHaveValueAsync("DocumentDeliveryLink");
        await Expect(maxAccessCount).ToHaveValueAsync("5");
        await Expect(Page.GetByLabel("Field", new() { Exact = true })).ToHaveValueAsync("userGroup");
        await Expect(Page.GetByLabel("Operator", new() { Exact = true })).ToHaveValueAsync("in");
        await Expect(Page.GetByRole(AriaRole.Status)).Not.ToContainTextAsync("Saved");
        await Expect(Page).ToHaveURLAsync(new Regex("/rules/new$"));
        Assert.Equal(before.Select(r => r.Id), (await RulesAsync()).Select(r => r.Id));

        await name.FillAsync("Faculty: link, 5 downloads");
        await values.FillAsync("Faculty, Visiting scholar");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await Expect(Page).ToHaveURLAsync(new Regex(@"/rules/\d+$"));
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Expect(name).ToHaveValueAsync("Faculty: link, 5 downloads");
        await Expect(name).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await ScreenshotAsync("rule-editor-saved");

        var rules = await RulesAsync();
        Assert.Equal(before.Count + 1, rules.Count);
        var saved = rules.Single(r => r.Name == "Faculty: link, 5 downloads");
        Assert.Equal($"/rules/{saved.Id}", new Uri(Page.Url).AbsolutePath);
        Assert.Equal(("Faculty get a download link", true, false), (saved.Description, saved.Enabled, saved.IsDefault));
        var condition = Assert.Single(saved.Conditions);
        Assert.Equal(("userGroup", "in"), (condition.Field, condition.Operator));
        Assert.Equal(["Faculty", "Visiting scholar"], condition.Values);
        Assert.Equal(new RuleOutputsView("DocumentDeliveryLink", 5, false, false, null, null), saved.Outputs);
        Assert.True(rules[^1].IsDefault, "The default rule stays last.");
        // Chromium logs every 4xx answer to a fetch; the refused save is the only one, and nothing else went wrong.
        Assert.Contains("status of 400", Assert.Single(ConsoleErrors));
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task Try_a_request_shows_the_matching_rule_and_its_path_and_creates_no_request()
    {
        var faculty = await AddRuleAsync("Faculty: digital inventory, blocking approval", "Faculty", "DigitalInventory", "Blocks");
        await Client.CreateAsync();
        var requestsBefore = await RequestCountAsync();

        await Page.GotoAsync($"/rules/{faculty}");
        await Expect(Page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Faculty: digital inventory, blocking approval");
        var panel = Page.GetByRole(AriaRole.Region, new() { Name = "Try a request" });
        await panel.GetByLabel("User group", new() { Exact = true }).FillAsync("Faculty");
        await panel.GetByLabel("Library", new() { Exact = true }).FillAsync("MAIN");
        await panel.GetByLabel("Location", new() { Exact = true }).FillAsync("GEN");
        await panel.GetByLabel("Material type", new() { Exact = true }).FillAsync("Book");
        await panel.GetByLabel("Scope", new() { Exact = true }).SelectOptionAsync("full");
        await panel.GetByLabel("Requester type", new() { Exact = true }).SelectOptionAsync("patron");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Try", Exact = true }).ClickAsync();

        await Expect(panel.GetByText("Matches: Faculty: digital inventory, blocking approval", new() { Exact = true })).ToBeVisibleAsync();
        var path = panel.Locator("ol").GetByRole(AriaRole.Listitem);
        await Expect(path.First).ToHaveTextAsync("Approval request: blocks the workflow until a manager decides");
        await Expect(path.Filter(new() { HasText = "Digital Inventory: the files are added to the repository" })).ToHaveCountAsync(1);
        await Expect(path.Filter(new() { HasText = "Document Delivery" })).ToHaveCountAsync(0);
        await Expect(path.Last).ToHaveTextAsync("Completed");
        await ScreenshotAsync("try-faculty");

        // Another user group: no rule but the default one holds.
        await panel.GetByLabel("User group", new() { Exact = true }).FillAsync("Undergraduate");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Try", Exact = true }).ClickAsync();
        await Expect(panel.GetByText($"Matches: {DefaultRule}", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(path.First).ToHaveTextAsync("No approval request");
        await Expect(path.Filter(new() { HasText = "Document Delivery: the files are e-mailed to the requester as attachments" })).ToHaveCountAsync(1);
        await Expect(path.Filter(new() { HasText = "Digital Inventory" })).ToHaveCountAsync(0);
        // The sample as typed stays for the next try.
        await Expect(panel.GetByLabel("Library", new() { Exact = true })).ToHaveValueAsync("MAIN");
        await Expect(panel.GetByLabel("Scope", new() { Exact = true })).ToHaveValueAsync("full");
        await ScreenshotAsync("try-undergraduate");

        Assert.Equal(requestsBefore, await RequestCountAsync());
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task Move_up_puts_the_second_rule_first_and_the_default_rule_stays_last()
    {
        var shipped = (await RulesAsync()).Where(r => !r.IsDefault).Select(r => r.Name).ToList();
        var first = shipped[0];
        await AddRuleAsync("Faculty: digital inventory", "Faculty", "DigitalInventory", management: null, order: 2);
        string[] before = [first, "Faculty: digital inventory", .. shipped[1..], DefaultRule];
        Assert.Equal(before, (await RulesAsync()).Select(r => r.Name));

        await Page.GotoAsync("/rules");
        var links = Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link);
        await Expect(links).ToHaveTextAsync(before);
        await Expect(MoveButton("up", first)).ToBeDisabledAsync();
        await Expect(MoveButton("down", DefaultRule)).ToBeDisabledAsync();
        await Expect(MoveButton("up", DefaultRule)).ToBeDisabledAsync();
        await Expect(MoveButton("down", shipped[^1])).ToBeDisabledAsync();
        await ScreenshotAsync("rules-before-move");

        await MoveButton("up", "Faculty: digital inventory").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Faculty: digital inventory moved up");
        string[] after = ["Faculty: digital inventory", .. shipped, DefaultRule];
        await Expect(links).ToHaveTextAsync(after);
        await Expect(MoveButton("up", "Faculty: digital inventory")).ToBeDisabledAsync();
        await Expect(MoveButton("up", first)).ToBeEnabledAsync();
        // The button that moved the rule is disabled at the top, so the keyboard stays on the rule's link.
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Faculty: digital inventory", Exact = true })).ToBeFocusedAsync();
        await ScreenshotAsync("rules-after-move");

        var rules = await RulesAsync();
        Assert.Equal(after.Select((name, i) => (name, i + 1)), rules.Select(r => (r.Name, r.Order)));
        Assert.True(rules[^1].IsDefault);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    /// <summary>The field is marked invalid and described by the message shown beside it.</summary>
    private async Task ExpectFieldErrorAsync(ILocator field, string message)
    {
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(field).ToHaveAttributeAsync("aria-describedby", new Regex(@"\S"));
        var describedBy = (await field.GetAttributeAsync("aria-describedby"))!;
        var messages = Page.Locator(string.Join(", ", describedBy.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => $"[id='{id}']")));
        await Expect(messages.Filter(new() { HasText = message })).ToBeVisibleAsync();
        await Expect(field).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(message)));
    }

    private ILocator MoveButton(string direction, string rule) =>
        Page.GetByRole(AriaRole.Button, new() { Name = $"Move {direction} {rule}", Exact = true });

    private async Task<List<ProfileRuleView>> RulesAsync() =>
        (await (await Client.GetAsync("/api/profile-rules")).ReadAsync<List<ProfileRuleView>>(HttpStatusCode.OK)).OrderBy(r => r.Order).ToList();

    private async Task<int> RequestCountAsync() =>
        (await (await Client.GetAsync("/api/requests")).ReadAsync<JsonArray>(HttpStatusCode.OK)).Count;

    /// <summary>An enabled rule for one user group, placed at <paramref name="order"/> or else last before the default rule; its id.</summary>
    private async Task<int> AddRuleAsync(string name, string userGroup, string target, string? management, int? order = null)
    {
        var rule = new JsonObject
        {
            ["name"] = name,
            ["description"] = "",
            ["enabled"] = true,
            ["conditions"] = new JsonArray(new JsonObject { ["field"] = "userGroup", ["operator"] = "in", ["values"] = new JsonArray(userGroup) }),
            ["outputs"] = new JsonObject
            {
                ["target"] = target, ["maxAccessCount"] = null, ["approval"] = management is not null,
                ["copyrightClearance"] = false, ["approvalManagement"] = management, ["approvalReason"] = null,
            },
        };
        if (order is not null) rule["order"] = order;
        var created = await (await Client.PostAsJsonAsync("/api/profile-rules", rule)).ReadAsync<ProfileRuleView>(HttpStatusCode.Created);
        return created.Id;
    }
}
