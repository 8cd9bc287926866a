using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Tests.Accounts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The digitization configuration pages in Chromium (Alma: Configuring Digitization): departments with their work time,
/// served libraries and operators; patron limits; electronic document delivery rules; the reason lists; the shipped
/// profile rules, disabled.
/// </summary>
public sealed class ConfigurationPagesTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private ILocator Configuration => Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })
        .GetByRole(AriaRole.List, new() { Name = "Configuration", Exact = true });

    private ILocator Row(string text) => Page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    private ILocator Operators(string department) =>
        Row(department).GetByRole(AriaRole.List, new() { Name = $"Operators of {department}" }).GetByRole(AriaRole.Link);

    private async Task AddAccountAsync(string userName, System.Text.Json.Nodes.JsonObject role) =>
        await (await Client.PostAsJsonAsync("/api/accounts", AccountApi.NewAccount(userName, roles: role))).ReadAsync<AccountView>(HttpStatusCode.Created);

    [Fact]
    public async Task A_department_is_added_and_edited_and_lists_the_work_order_operators_working_there()
    {
        // A manager is no operator.
        await AddAccountAsync("inst.operator", AccountApi.Role("Work Order Operator", "DIGI_DEPT_INST"));
        await AddAccountAsync("lab.manager", AccountApi.Role("Fulfillment Services Manager"));

        await Page.GotoAsync("/requests");
        await Expect(Configuration.GetByRole(AriaRole.Link)).ToHaveTextAsync(
            ["Profile rules", "Lending reasons", "Digitization departments", "Patron limits", "Document delivery rules", "Reason lists"]);
        await Configuration.GetByRole(AriaRole.Link, new() { Name = "Digitization departments", Exact = true }).ClickAsync();
        await Expect(Row("DIGI_DEPT_INST")).ToContainTextAsync("The whole institution");
        await Expect(Row("DIGI_DEPT_INST")).ToContainTextAsync("14");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a department", Exact = true }).ClickAsync();
        var add = Page.GetByRole(AriaRole.Form, new() { Name = "Add a department" });
        var code = add.GetByLabel("Code", new() { Exact = true });
        await code.FillAsync("AV LAB");
        await add.GetByLabel("Name", new() { Exact = true }).FillAsync("Audio-visual lab");
        await add.GetByLabel("Work time (days)", new() { Exact = true }).FillAsync("7");
        await add.GetByLabel("Served libraries", new() { Exact = true }).FillAsync("MAIN, LAW");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        // The API's message stands beside the code; what was typed stays to be corrected.
        await Expect(code).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("'AV LAB' is not a department code"));
        await Expect(add.GetByLabel("Served libraries", new() { Exact = true })).ToHaveValueAsync("MAIN, LAW");
        await code.FillAsync("AV_LAB");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved department AV_LAB");
        var lab = Row("AV_LAB");
        await Expect(lab).ToContainTextAsync("MAIN, LAW");

        // The role can name the department once it exists.
        await AddAccountAsync("av.operator", AccountApi.Role("Work Order Operator", "av_lab", "DIGI_DEPT_INST"));
        await Page.ReloadAsync();
        await Expect(Operators("AV_LAB")).ToHaveTextAsync(["Staff av.operator"]);
        await Expect(Operators("DIGI_DEPT_INST")).ToHaveTextAsync(["Staff av.operator", "Staff inst.operator"]);
        await ScreenshotAsync("departments");

        await lab.GetByRole(AriaRole.Button, new() { Name = "Edit AV_LAB", Exact = true }).ClickAsync();
        var edit = Page.GetByRole(AriaRole.Form, new() { Name = "Edit department AV_LAB" });
        await Expect(edit.GetByLabel("Code", new() { Exact = true })).ToHaveCountAsync(0);
        await edit.GetByLabel("Work time (days)", new() { Exact = true }).FillAsync("a week");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(edit.GetByLabel("Work time (days)", new() { Exact = true })).ToHaveAccessibleDescriptionAsync(
            new System.Text.RegularExpressions.Regex("whole number of days"));
        await edit.GetByLabel("Work time (days)", new() { Exact = true }).FillAsync("");
        await edit.GetByLabel("Served libraries", new() { Exact = true }).FillAsync("LAW");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved department AV_LAB");
        await Expect(lab).ToContainTextAsync("No limit");

        var saved = await (await Client.GetAsync("/api/departments/AV_LAB")).ReadAsync<DepartmentView>(HttpStatusCode.OK);
        Assert.Equal(("Audio-visual lab", (int?)null), (saved.Name, saved.WorkTimeDays));
        Assert.Equal(["LAW"], saved.ServedLibraries);

        // An operator is changed where the role is granted: on the account's page.
        await lab.GetByRole(AriaRole.Link, new() { Name = "Staff av.operator", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/accounts/av.operator$"));
        Assert.All(ConsoleErrors, e => Assert.Contains("status of 400", e));
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_patron_limit_is_added_edited_and_deleted()
    {
        await Page.GotoAsync("/patron-limits");
        await Expect(Page.GetByText("No user group has a limit.", new() { Exact = true })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a user group", Exact = true }).ClickAsync();
        var add = Page.GetByRole(AriaRole.Form, new() { Name = "Add a user group" });
        await add.GetByLabel("User group", new() { Exact = true }).FillAsync("Undergraduate");
        await add.GetByLabel("Max. digitization requests", new() { Exact = true }).FillAsync("2");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved the limit of Undergraduate");
        await Expect(Row("Undergraduate")).ToContainTextAsync("2");

        await Row("Undergraduate").GetByRole(AriaRole.Button, new() { Name = "Edit Undergraduate", Exact = true }).ClickAsync();
        var edit = Page.GetByRole(AriaRole.Form, new() { Name = "Edit the limit of Undergraduate" });
        await Expect(edit.GetByLabel("Max. digitization requests", new() { Exact = true })).ToHaveValueAsync("2");
        await edit.GetByLabel("Max. digitization requests", new() { Exact = true }).FillAsync("0");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Row("Undergraduate")).ToContainTextAsync("0 (may not request)");
        await ScreenshotAsync("patron-limits");
        // The limit is the one the API applies: an undergraduate may no longer request.
        await (await Client.PostAsJsonAsync("/api/digitization-requests", Api.NewRequest())).ProblemAsync(HttpStatusCode.Forbidden, "Undergraduate");

        await Row("Undergraduate").GetByRole(AriaRole.Button, new() { Name = "Delete Undergraduate", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete the limit of Undergraduate", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Deleted the limit of Undergraduate");
        await Expect(Page.GetByText("No user group has a limit.", new() { Exact = true })).ToBeVisibleAsync();

        Assert.Empty(await (await Client.GetAsync("/api/patron-limits")).ReadAsync<List<PatronLimitView>>(HttpStatusCode.OK));
        await Client.CreateAsync();
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_document_delivery_rule_is_added_edited_and_deleted()
    {
        await Page.GotoAsync("/delivery-rules");
        await Expect(Row("Patrons may receive document delivery")).ToContainTextAsync("Undergraduate, Graduate, Faculty, Staff");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a rule", Exact = true }).ClickAsync();
        var add = Page.GetByRole(AriaRole.Form, new() { Name = "Add a rule" });
        await add.GetByLabel("Name", new() { Exact = true }).FillAsync("Guests and alumni");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(add.GetByLabel("User groups (in list)", new() { Exact = true })).ToHaveAccessibleDescriptionAsync(
            new System.Text.RegularExpressions.Regex("at least one"));
        await add.GetByLabel("User groups (in list)", new() { Exact = true }).FillAsync("Guest, Alumni");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved rule Guests and alumni");
        await Expect(Row("Guests and alumni")).ToContainTextAsync("Guest, Alumni");

        await Row("Guests and alumni").GetByRole(AriaRole.Button, new() { Name = "Edit Guests and alumni", Exact = true }).ClickAsync();
        var edit = Page.GetByRole(AriaRole.Form, new() { Name = "Edit rule Guests and alumni" });
        await edit.GetByLabel("User groups (in list)", new() { Exact = true }).FillAsync("Guest");
        await edit.GetByLabel("Enabled", new() { Exact = true }).UncheckAsync();
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved rule Guests and alumni");
        await Expect(Row("Guests and alumni")).ToContainTextAsync("No");
        await ScreenshotAsync("delivery-rules");
        var rule = (await Client.DeliveryRulesAsync()).Single(r => r.Name == "Guests and alumni");
        Assert.False(rule.Enabled);
        Assert.Equal(["Guest"], rule.UserGroups);

        await Row("Guests and alumni").GetByRole(AriaRole.Button, new() { Name = "Delete Guests and alumni", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete Guests and alumni for good", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Deleted rule Guests and alumni");
        await Expect(Row("Guests and alumni")).ToHaveCountAsync(0);
        Assert.DoesNotContain(await Client.DeliveryRulesAsync(), r => r.Name == "Guests and alumni");
        Assert.All(ConsoleErrors, e => Assert.Contains("status of 400", e));
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task The_cancellation_reasons_are_edited_and_the_lending_rejection_reasons_are_one_link_away()
    {
        await Page.GotoAsync("/requests");
        await Configuration.GetByRole(AriaRole.Link, new() { Name = "Reason lists", Exact = true }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Digitization cancellation reasons" });
        var reasons = form.GetByLabel("Cancellation reasons, one a line", new() { Exact = true });
        await Expect(reasons).ToHaveValueAsync("");

        await reasons.FillAsync("Item is missing\n\n  Too fragile to scan \nRequester no longer needs it\n");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save cancellation reasons", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved 3 cancellation reasons");
        await Expect(reasons).ToHaveValueAsync("Item is missing\nToo fragile to scan\nRequester no longer needs it");
        await ScreenshotAsync("reason-lists");

        // The list the page saved is the one a cancellation is held to.
        Assert.Equal(["Item is missing", "Too fragile to scan", "Requester no longer needs it"],
            await (await Client.GetAsync("/api/requests/cancel-reasons")).ReadAsync<List<string>>(HttpStatusCode.OK));
        var request = await Client.CreateAsync();
        await (await Client.CancelAsync(request.Id, reason: "Out of toner")).ProblemAsync(HttpStatusCode.BadRequest, "Item is missing");
        Assert.Equal(HttpStatusCode.OK, (await Client.CancelAsync(request.Id, reason: "Too fragile to scan")).StatusCode);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit them on the Lending reasons page", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/lending-reasons$"));
        await Expect(Page.GetByRole(AriaRole.Form, new() { Name = "Rejection reasons", Exact = true })).ToBeVisibleAsync();
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task The_shipped_profile_rules_show_disabled_and_the_default_rule_enabled()
    {
        var rules = await Client.RulesAsync();

        await Page.GotoAsync("/rules");
        await Expect(Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link)).ToHaveTextAsync(rules.Select(r => r.Name).ToArray());
        foreach (var rule in rules.Where(r => !r.IsDefault))
            await Expect(Row(rule.Name).GetByRole(AriaRole.Checkbox, new() { Name = "Enabled" })).Not.ToBeCheckedAsync();
        var defaultRule = Row(SetupApi.DefaultRuleName).GetByRole(AriaRole.Checkbox, new() { Name = "Enabled" });
        await Expect(defaultRule).ToBeCheckedAsync();
        await Expect(defaultRule).ToBeDisabledAsync();
        await ScreenshotAsync("shipped-rules");
        Assert.Empty(ConsoleErrors);
    }

    [Theory]
    [InlineData("fr", "/departments", "Départements de numérisation", "Départements de numérisation", "Configuration", "Principale")]
    [InlineData("fr", "/patron-limits", "Limites des usagers", "Limites des usagers", "Configuration", "Principale")]
    [InlineData("fr", "/delivery-rules", "Règles de fourniture électronique de documents", "Règles de fourniture de documents", "Configuration", "Principale")]
    [InlineData("zh", "/departments", "数字化部门", "数字化部门", "配置", "主导航")]
    [InlineData("zh", "/patron-limits", "读者限额", "读者限额", "配置", "主导航")]
    [InlineData("zh", "/delivery-rules", "电子文献传递规则", "文献传递规则", "配置", "主导航")]
    public async Task A_configuration_page_reads_in_the_language_chosen(string language, string path, string heading, string navigation, string group, string mainNavigation)
    {
        await Page.GotoAsync(path);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToBeEmptyAsync();

        // The header's switcher, which keeps the choice on the account.
        await Page.Locator("#language").SelectOptionAsync(language);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        var configuration = Page.GetByRole(AriaRole.Navigation, new() { Name = mainNavigation }).GetByRole(AriaRole.List, new() { Name = group, Exact = true });
        await Expect(configuration.GetByRole(AriaRole.Link, new() { Name = navigation, Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ScreenshotAsync($"{path.Trim('/')}-{language}");
        Assert.Empty(ConsoleErrors);
    }
}
