using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Accounts;

/// <summary>
/// The language an account reads the staff UI in: the institution's (Letters:DefaultLanguage) until the account chooses
/// its own, which only it changes (PUT /api/auth/language) and which the UI reads from /api/auth/me.
/// </summary>
public sealed class AccountLanguageTests : HostTest
{
    [Fact]
    public async Task An_account_that_chose_none_reads_english_where_the_institution_says_nothing()
    {
        var me = await (await Client.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK);
        Assert.Equal("en", me.Language);
    }

    [Fact]
    public async Task An_account_that_chose_none_reads_the_institution_s_language()
    {
        await using var host = LibraryHost.Start(new Dictionary<string, string?> { ["Letters:DefaultLanguage"] = "fr" });
        var me = await (await host.Client.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK);
        Assert.Equal("fr", me.Language);
    }

    [Fact]
    public async Task An_account_changes_its_own_language_and_no_one_else_s()
    {
        var desk = await Host.StaffAsync("desk.zh", ("Fulfillment Services Operator", []));

        var changed = await (await desk.PutAsJsonAsync("/api/auth/language", new { language = "zh" })).ReadAsync<AccountView>(HttpStatusCode.OK);

        Assert.Equal(("desk.zh", "zh"), (changed.UserName, changed.Language));
        Assert.Equal("zh", (await (await desk.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK)).Language);
        var accounts = await (await Client.GetAsync("/api/accounts")).ReadAsync<List<AccountView>>(HttpStatusCode.OK);
        Assert.Equal("zh", accounts.Single(a => a.UserName == "desk.zh").Language);
        Assert.Equal("en", accounts.Single(a => a.UserName == LibraryHost.AdminUserName).Language);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("FR")]
    [InlineData("")]
    public async Task A_language_the_UI_is_not_written_in_is_refused_naming_the_field(string language)
    {
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/auth/language", new { language }),
            HttpStatusCode.BadRequest, "language");
        Assert.Equal("en", (await (await Client.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK)).Language);
    }
}
