using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using static Library.Tests.Accounts.AccountApi;

namespace Library.Tests.Accounts;

/// <summary>Accounts administration: who may do it, and the accounts and roles it may make.</summary>
public sealed class AccountAdministrationTests : HostTest
{
    [Fact]
    public async Task An_administrator_creates_a_personal_account_with_scoped_roles_and_finds_it_listed()
    {
        var body = NewAccount("m.dupont", roles: [Role("Work Order Operator", "DIGI_DEPT_INST"), Role("Fulfillment Services Manager")]);
        body["displayName"] = "Marie Dupont";
        body["endDate"] = "2027-06-30";

        var created = await (await Client.PostAsJsonAsync("/api/accounts", body)).ReadAsync<AccountView>(HttpStatusCode.Created);

        Assert.Equal(("m.dupont", "Marie Dupont", new DateOnly(2027, 6, 30), true), (created.UserName, created.DisplayName, created.EndDate, created.Enabled));
        Assert.True(created.PasswordExpired); // the administrator chose it: the owner changes it first
        Assert.Equal([("Work Order Operator", "DIGI_DEPT_INST"), ("Fulfillment Services Manager", "")],
            created.Roles.Select(r => (r.Role, string.Join(',', r.Scope ?? []))));
        var listed = await (await Client.GetAsync("/api/accounts")).ReadAsync<List<AccountView>>(HttpStatusCode.OK);
        Assert.Equal(["admin", "m.dupont"], listed.Select(a => a.UserName));
        Assert.Equivalent(created, await (await Client.GetAsync("/api/accounts/m.dupont")).ReadAsync<AccountView>(HttpStatusCode.OK), strict: true);
    }

    [Theory]
    [InlineData("General System Administrator")]
    [InlineData("Fulfillment Services Manager")]
    [InlineData("Letter Administrator")]
    public async Task A_shared_account_is_refused_an_administrative_or_approving_role_naming_it(string role)
    {
        var body = NewAccount("ill.desk", kind: "shared", roles: [Role("Circulation Desk Operator", "MAIN"), Role(role)]);

        var problem = await RefusedAsync(body, "roles[1].role", role);
        Assert.Contains("fulfilment roles only", problem.ToJsonString());
    }

    [Fact]
    public async Task Roles_are_scoped_as_the_documentation_scopes_them()
    {
        await RefusedAsync(NewAccount("a1", roles: Role("Work Order Operator")), "roles[0].scope", "digitization departments");
        await RefusedAsync(NewAccount("a2", roles: Role("Work Order Operator", "MOON_BASE")), "roles[0].scope", "MOON_BASE");
        await RefusedAsync(NewAccount("a3", roles: Role("Fulfillment Services Manager", "MAIN")), "roles[0].scope", "institution-wide");
        await RefusedAsync(NewAccount("a4", roles: Role("Circulation Desk Operator")), "roles[0].scope", "desks");
        await RefusedAsync(NewAccount("a5", roles: Role("Chief Librarian")), "roles[0].role", "Work Order Operator");
    }

    [Fact]
    public async Task Bad_account_fields_are_400_naming_each_and_store_nothing()
    {
        var shortPassword = NewAccount("p.short", roles: Role("Fulfillment Services Operator"));
        shortPassword["password"] = "short";
        await RefusedAsync(shortPassword, "password", "12");

        var noPassword = NewAccount("p.none", roles: Role("Fulfillment Services Operator"));
        noPassword.Remove("password");
        await RefusedAsync(noPassword, "password");

        await RefusedAsync(NewAccount("bad name!", roles: Role("Fulfillment Services Operator")), "userName");
        await RefusedAsync(NewAccount("k.ind", kind: "team", roles: Role("Fulfillment Services Operator")), "kind", "shared");
        await RefusedAsync(NewAccount("admin", roles: Role("Fulfillment Services Operator")), "userName", "taken");
    }

    /// <summary>Found by the hostile-input properties: the user-name rule read the missing name (500).</summary>
    [Fact]
    public async Task An_account_without_a_user_name_is_400_naming_it_not_a_500()
    {
        var nameless = NewAccount("x", roles: Role("Fulfillment Services Operator"));
        nameless.Remove("userName");
        await RefusedAsync(nameless, "userName");

        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/accounts/admin", new JsonObject { ["kind"] = "personal", ["roles"] = new JsonArray() }),
            HttpStatusCode.BadRequest, "userName");
    }

    [Fact]
    public async Task Nobody_signed_in_is_401_and_an_account_without_the_role_is_403_naming_it()
    {
        await (await Host.NewClient().GetAsync("/api/accounts")).ProblemAsync(HttpStatusCode.Unauthorized, "sign");
        var operatorClient = await Host.StaffAsync(NewAccount("w.operator", roles: Role("Work Order Operator", "DIGI_DEPT_INST")), ChangedPassword);

        await (await operatorClient.GetAsync("/api/accounts")).ProblemAsync(HttpStatusCode.Forbidden, "w.operator", "General System Administrator");
        await (await operatorClient.PostAsJsonAsync("/api/accounts", NewAccount("sneaky", roles: Role("General System Administrator"))))
            .ProblemAsync(HttpStatusCode.Forbidden, "General System Administrator");
        await (await Client.GetAsync("/api/accounts/sneaky")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_disabled_account_stops_working_at_once_and_the_last_administrator_keeps_the_role()
    {
        var staff = await Host.StaffAsync(NewAccount("l.leaving", roles: Role("Fulfillment Services Operator")), ChangedPassword);
        var disabled = NewAccount("l.leaving", roles: Role("Fulfillment Services Operator"));
        disabled["enabled"] = false;
        await (await Client.PutAsJsonAsync("/api/accounts/l.leaving", disabled)).ReadAsync<AccountView>(HttpStatusCode.OK);
        await (await staff.GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);

        var demoted = NewAccount("admin", roles: Role("Fulfillment Services Operator"));
        await (await Client.PutAsJsonAsync("/api/accounts/admin", demoted)).ProblemAsync(HttpStatusCode.Conflict, "last active General System Administrator");
        await (await Client.GetAsync("/api/accounts")).ReadAsync<List<AccountView>>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_password_reset_ends_the_account_s_sessions_unlocks_it_and_must_be_changed()
    {
        var staff = await Host.StaffAsync(NewAccount("r.reset", roles: Role("Fulfillment Services Operator")), ChangedPassword);
        for (var attempt = 0; attempt < 5; attempt++) await Host.NewClient().LoginAsync("r.reset", "a wrong password guess");

        var reset = await (await Client.PostAsJsonAsync("/api/accounts/r.reset/password", new { password = "a password from the admin" }))
            .ReadAsync<AccountView>(HttpStatusCode.OK);

        Assert.Equal((true, (DateTimeOffset?)null), (reset.PasswordExpired, reset.LockedOutUntil));
        await (await staff.GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        var again = await Host.SignedInAsync("r.reset", "a password from the admin");
        Assert.True((await (await again.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK)).PasswordExpired);
    }

    private async Task<JsonObject> RefusedAsync(JsonObject body, string field, params string[] mentions)
    {
        var before = (await (await Client.GetAsync("/api/accounts")).ReadAsync<List<AccountView>>(HttpStatusCode.OK)).Count;
        var problem = await (await Client.PostAsJsonAsync("/api/accounts", body)).ProblemAsync(HttpStatusCode.BadRequest, mentions);
        Assert.True(problem["errors"]?.AsObject().ContainsKey(field), $"The problem names no '{field}': {problem.ToJsonString()}");
        Assert.Equal(before, (await (await Client.GetAsync("/api/accounts")).ReadAsync<List<AccountView>>(HttpStatusCode.OK)).Count);
        return problem;
    }
}
