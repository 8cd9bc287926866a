using System.Net;
using System.Net.Http.Json;
using Library.Tests.Infrastructure;

namespace Library.Tests.Rules;

/// <summary>
/// Refused changes to departments, patron limits and document delivery rules: 4xx naming the field, nothing
/// stored. They share one host, as each proves it changed nothing.
/// </summary>
public sealed class SetupValidationTests(RefusalHost fixture) : IClassFixture<RefusalHost>
{
    private LibraryHost Host => fixture.Host;
    private HttpClient Client => Host.Client;

    private async Task RefusedWithoutChange(Func<Task<HttpResponseMessage>> call, HttpStatusCode status, string? field, string mention)
    {
        var before = await Host.SnapshotAsync();
        var problem = await (await call()).ProblemAsync(status, mention);
        if (field is not null) Assert.True(problem["errors"]?.AsObject().ContainsKey(field), $"errors should name '{field}': {problem.ToJsonString()}");
        Assert.Equal(before, await Host.SnapshotAsync());
    }

    [Fact]
    public async Task A_department_without_a_name_is_refused() =>
        await RefusedWithoutChange(() => Client.PutDepartmentAsync("NEW_DEPT", new { workTimeDays = 3 }), HttpStatusCode.BadRequest, "name", "name");

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(3651)]
    public async Task A_work_time_outside_one_to_3650_days_is_refused(int days) =>
        await RefusedWithoutChange(() => Client.PutDepartmentAsync("DIGI_DEPT_INST", new { name = "X", workTimeDays = days }),
            HttpStatusCode.BadRequest, "workTimeDays", "3650");

    [Theory]
    [InlineData("LAW%20DIGI")]
    [InlineData("LAW.DIGI")]
    [InlineData("D%C3%A9pt")]
    public async Task A_code_with_other_than_letters_digits_underscore_and_dash_is_refused(string code) =>
        await RefusedWithoutChange(() => Client.PutDepartmentAsync(code, new { name = "X" }), HttpStatusCode.BadRequest, "code", "department code");

    [Fact]
    public async Task A_blank_served_library_is_refused() =>
        await RefusedWithoutChange(() => Client.PutDepartmentAsync("NEW_DEPT", new { name = "X", servedLibraries = new[] { "MAIN", "" } }),
            HttpStatusCode.BadRequest, "servedLibraries[1]", "blank");

    [Fact]
    public async Task An_unknown_department_is_not_found()
    {
        var before = await Host.SnapshotAsync();
        await (await Client.GetAsync("/api/departments/NOWHERE")).ProblemAsync(HttpStatusCode.NotFound, "NOWHERE");
        Assert.Equal(before, await Host.SnapshotAsync());
    }

    [Fact]
    public async Task A_negative_limit_is_refused_naming_the_field()
    {
        var before = await Host.SnapshotAsync();
        var problem = await (await Client.PutAsJsonAsync("/api/patron-limits/Graduate", new { maxDigitizationRequests = -1 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "0 to");
        Assert.True(problem["errors"]!.AsObject().ContainsKey("maxDigitizationRequests"));
        await (await Client.PutAsJsonAsync("/api/patron-limits/Graduate", new { maxDigitizationRequests = "many" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "JSON");
        Assert.Equal(before, await Host.SnapshotAsync());
    }

    [Fact]
    public async Task A_delivery_rule_without_user_groups_or_name_is_refused()
    {
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/document-delivery-rules", new { name = "Nobody", userGroups = Array.Empty<string>() }),
            HttpStatusCode.BadRequest, "userGroups", "at least one");
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/document-delivery-rules", new { userGroups = new[] { "Staff" } }),
            HttpStatusCode.BadRequest, "name", "name");
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/document-delivery-rules", new { name = "Blank", userGroups = new[] { " " } }),
            HttpStatusCode.BadRequest, "userGroups[0]", "blank");
    }

    [Fact]
    public async Task An_unknown_delivery_rule_is_not_found()
    {
        await RefusedWithoutChange(() => Client.PutAsJsonAsync("/api/document-delivery-rules/999", new { name = "X", userGroups = new[] { "Staff" } }),
            HttpStatusCode.NotFound, null, "999");
        await RefusedWithoutChange(() => Client.DeleteAsync("/api/document-delivery-rules/999"), HttpStatusCode.NotFound, null, "999");
    }
}
