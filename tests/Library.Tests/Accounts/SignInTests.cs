using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Accounts;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Library.Tests.Accounts.AccountApi;

namespace Library.Tests.Accounts;

/// <summary>Signing in by bearer token and by cookie, and what stops an account from working.</summary>
public sealed class SignInTests() : HostTest(new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero)))
{
    [Fact]
    public async Task A_bearer_sign_in_answers_identity_s_token_shape_and_the_token_reads_the_account()
    {
        var client = Host.NewClient();
        var token = await (await client.LoginAsync(LibraryHost.AdminUserName, LibraryHost.AdminPassword)).ReadAsync<JsonObject>(HttpStatusCode.OK);

        Assert.Equal("Bearer", (string?)token["tokenType"]);
        Assert.False(string.IsNullOrEmpty((string?)token["accessToken"]));
        Assert.False(string.IsNullOrEmpty((string?)token["refreshToken"]));
        Assert.Equal(3600, (int?)token["expiresIn"]);

        client.DefaultRequestHeaders.Authorization = new("Bearer", (string)token["accessToken"]!);
        var me = await (await client.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK);
        Assert.Equal((LibraryHost.AdminUserName, AccountKind.Personal, false), (me.UserName, me.Kind, me.PasswordExpired));
        Assert.Contains(me.Roles, r => r.Role == "General System Administrator" && r.Scope is null);
        Assert.Contains(me.Roles, r => r.Role == "Work Order Operator" && r.Scope is null);
    }

    [Fact]
    public async Task A_cookie_sign_in_sets_an_http_only_strict_session_cookie_that_sign_out_ends()
    {
        var browser = Host.NewClient();
        var response = await browser.LoginAsync(LibraryHost.AdminUserName, LibraryHost.AdminPassword, cookies: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("library.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("accessToken", await response.Content.ReadAsStringAsync());
        await (await browser.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK);

        var csrf = await (await browser.GetAsync("/api/auth/csrf")).ReadAsync<CsrfToken>(HttpStatusCode.OK);
        var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout") { Headers = { { "X-CSRF-Token", csrf.Token } } };
        Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(logout)).StatusCode);
        await (await browser.GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized, "sign");
    }

    [Fact]
    public async Task A_change_made_with_the_session_cookie_needs_the_session_s_anti_forgery_token()
    {
        var browser = Host.NewClient();
        await browser.LoginAsync(LibraryHost.AdminUserName, LibraryHost.AdminPassword, cookies: true);
        var station = new { id = "scan-9", department = "DIGI_DEPT_INST" };

        await (await browser.PostAsJsonAsync("/api/scan-stations", station)).ProblemAsync(HttpStatusCode.Forbidden, "X-CSRF-Token");
        var forged = new HttpRequestMessage(HttpMethod.Post, "/api/scan-stations") { Content = JsonContent.Create(station), Headers = { { "X-CSRF-Token", "forged" } } };
        await (await browser.SendAsync(forged)).ProblemAsync(HttpStatusCode.Forbidden, "anti-forgery");

        var csrf = await (await browser.GetAsync("/api/auth/csrf")).ReadAsync<CsrfToken>(HttpStatusCode.OK);
        var genuine = new HttpRequestMessage(HttpMethod.Post, "/api/scan-stations") { Content = JsonContent.Create(station), Headers = { { "X-CSRF-Token", csrf.Token } } };
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(genuine)).StatusCode);
    }

    [Fact]
    public async Task A_browser_whose_session_the_service_ended_can_sign_in_again_and_its_stale_cookie_is_removed()
    {
        var admin = await Host.SignedInAsync();
        await Host.StaffAsync(NewAccount("desk.pc", roles: Role("Fulfillment Services Operator")), ChangedPassword);
        var browser = Host.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await browser.LoginAsync("desk.pc", ChangedPassword, cookies: true)).StatusCode);
        await (await admin.PostAsJsonAsync("/api/accounts/desk.pc/password", new { password = "reset by the administrator" })).ReadAsync<AccountView>(HttpStatusCode.OK);

        // Signing in needs no anti-forgery token, even with the stale cookie still in the browser.
        Assert.Equal(HttpStatusCode.OK, (await browser.LoginAsync("desk.pc", "reset by the administrator", cookies: true)).StatusCode);
        await (await browser.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK);

        await (await admin.PostAsJsonAsync("/api/accounts/desk.pc/password", new { password = "reset once more by the administrator" }))
            .ReadAsync<AccountView>(HttpStatusCode.OK);
        var refused = await browser.GetAsync("/api/auth/me");
        await refused.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains(refused.Headers.GetValues("Set-Cookie"), c => c.StartsWith("library.session=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer_and_five_failures_lock_the_account()
    {
        var client = Host.NewClient();
        await (await client.LoginAsync("nobody", "whatever it is")).ProblemAsync(HttpStatusCode.Unauthorized, "Wrong user name or password");
        for (var attempt = 1; attempt <= 4; attempt++)
            await (await client.LoginAsync(LibraryHost.AdminUserName, "not the password")).ProblemAsync(HttpStatusCode.Unauthorized, "Wrong user name or password");
        await (await client.LoginAsync(LibraryHost.AdminUserName, "not the password")).ProblemAsync(HttpStatusCode.Unauthorized, "locked");

        // Locked: the right password does not open it either, until the lockout ends or an administrator resets it.
        await (await client.LoginAsync(LibraryHost.AdminUserName, LibraryHost.AdminPassword)).ProblemAsync(HttpStatusCode.Unauthorized, "locked");
    }

    [Fact]
    public async Task After_its_end_date_an_account_cannot_sign_in_and_its_token_stops_working()
    {
        Clock.SetUtcNow(new DateTimeOffset(2027, 3, 31, 23, 50, 0, TimeSpan.Zero)); // the last day it works
        var admin = await Host.SignedInAsync();
        var temp = await Host.StaffAsync(NewAccount("temp.worker", endDate: "2027-03-31", roles: Role("Fulfillment Services Operator")), ChangedPassword);
        await (await temp.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK);

        Clock.Advance(TimeSpan.FromMinutes(20)); // 1 April, with the token an hour from expiring
        await (await temp.GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized, "ended");
        await (await Host.NewClient().LoginAsync("temp.worker", ChangedPassword)).ProblemAsync(HttpStatusCode.Unauthorized, "ended on 2027-03-31");

        // An administrator extends it: it works again.
        var extended = NewAccount("temp.worker", endDate: "2027-06-30", roles: Role("Fulfillment Services Operator"));
        await (await admin.PutAsJsonAsync("/api/accounts/temp.worker", extended)).ReadAsync<AccountView>(HttpStatusCode.OK);
        await (await Host.NewClient().LoginAsync("temp.worker", ChangedPassword)).ReadAsync<JsonObject>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token_until_the_account_signs_out_everywhere()
    {
        var client = Host.NewClient();
        var token = await (await client.LoginAsync(LibraryHost.AdminUserName, LibraryHost.AdminPassword)).ReadAsync<JsonObject>(HttpStatusCode.OK);
        var refreshed = await (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = (string)token["refreshToken"]! }))
            .ReadAsync<JsonObject>(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty((string?)refreshed["accessToken"]));

        client.DefaultRequestHeaders.Authorization = new("Bearer", (string)refreshed["accessToken"]!);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/logout?everywhere=true", null)).StatusCode);
        await (await client.GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await Host.NewClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = (string)token["refreshToken"]! }))
            .ProblemAsync(HttpStatusCode.Unauthorized, "sign in again");
    }

    [Fact]
    public async Task A_shared_account_s_password_expires_after_a_year_and_then_can_only_be_changed()
    {
        var admin = await Host.SignedInAsync();
        await Host.StaffAsync(NewAccount("circ.desk", kind: "shared", roles: Role("Circulation Desk Operator", "MAIN-CIRC")), ChangedPassword);
        Clock.Advance(TimeSpan.FromDays(366));

        var desk = await Host.SignedInAsync("circ.desk", ChangedPassword);
        var me = await (await desk.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK);
        Assert.True(me.PasswordExpired);
        await (await desk.GetAsync("/api/accounts")).ProblemAsync(HttpStatusCode.Forbidden);

        await (await desk.PostAsJsonAsync("/api/auth/password", new { currentPassword = ChangedPassword, newPassword = "this year's desk password" }))
            .ReadAsync<AccountView>(HttpStatusCode.OK);
        var renewed = await Host.SignedInAsync("circ.desk", "this year's desk password");
        Assert.False((await (await renewed.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK)).PasswordExpired);
    }

    [Fact]
    public async Task Without_settings_the_first_administrator_gets_a_random_password_that_must_be_changed()
    {
        await using var host = LibraryHost.Start(new Dictionary<string, string?>
        {
            ["Accounts:BootstrapAdmin:UserName"] = null, ["Accounts:BootstrapAdmin:Password"] = null,
        });
        var admin = await host.QueryAsync(db => db.StaffAccounts.AsNoTracking().SingleAsync());

        Assert.Equal(("admin", true), (admin.UserName, admin.MustChangePassword));
        Assert.Equal(Enum.GetValues<StaffRole>().Order(), admin.Roles.Select(r => r.Role).Order());
        await (await host.NewClient().LoginAsync("admin", LibraryHost.AdminPassword)).ProblemAsync(HttpStatusCode.Unauthorized, "Wrong");
    }
}
