using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Scanning;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Library.Tests.Accounts.AccountApi;

namespace Library.Tests.Accounts;

/// <summary>Registering scan stations: a key shown once and kept only as a hash, rotation and revocation.</summary>
public sealed class ScanStationRegistryTests : HostTest
{
    [Fact]
    public async Task A_registered_station_s_key_is_shown_once_and_stored_only_as_its_hash()
    {
        var issued = await (await Client.PostAsJsonAsync("/api/scan-stations", new { id = "scan-7", department = "DIGI_DEPT_INST" }))
            .ReadAsync<ScanStationKey>(HttpStatusCode.Created);
        await (await Client.PostAsJsonAsync("/api/scan-stations", new { id = "circ-1", library = "MAIN", location = "CIRC" }))
            .ReadAsync<ScanStationKey>(HttpStatusCode.Created);

        Assert.StartsWith("lss_", issued.ApiKey);
        var listed = await (await Client.GetAsync("/api/scan-stations")).ReadAsync<List<ScanStationView>>(HttpStatusCode.OK);
        Assert.Equal([("circ-1", null, "MAIN", "CIRC"), ("scan-7", "DIGI_DEPT_INST", null, null)],
            listed.Select(s => (s.Id, s.Department, s.Library, s.Location)));
        Assert.DoesNotContain(issued.ApiKey, await (await Client.GetAsync("/api/scan-stations")).Content.ReadAsStringAsync());
        var stored = await Host.QueryAsync(db => db.ScanStations.AsNoTracking().SingleAsync(s => s.Id == "scan-7"));
        Assert.Equal(ScanStation.HashOf(issued.ApiKey), stored.KeyHash);
    }

    [Fact]
    public async Task Rotating_gives_a_new_key_and_revoking_keeps_the_station_listed_as_revoked()
    {
        var first = await (await Client.PostAsJsonAsync("/api/scan-stations", new { id = "scan-8", department = "DIGI_DEPT_INST" }))
            .ReadAsync<ScanStationKey>(HttpStatusCode.Created);
        var second = await (await Client.PostAsync("/api/scan-stations/scan-8/key", null)).ReadAsync<ScanStationKey>(HttpStatusCode.OK);
        Assert.NotEqual(first.ApiKey, second.ApiKey);
        Assert.Equal(ScanStation.HashOf(second.ApiKey), await Host.QueryAsync(db => db.ScanStations.Where(s => s.Id == "scan-8").Select(s => s.KeyHash).SingleAsync()));

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/api/scan-stations/scan-8")).StatusCode);
        var revoked = Assert.Single(await (await Client.GetAsync("/api/scan-stations")).ReadAsync<List<ScanStationView>>(HttpStatusCode.OK));
        Assert.NotNull(revoked.RevokedAt);
        await (await Client.PostAsync("/api/scan-stations/scan-8/key", null)).ProblemAsync(HttpStatusCode.Conflict, "revoked");
        await (await Client.PostAsJsonAsync("/api/scan-stations", new { id = "scan-8", department = "DIGI_DEPT_INST" })).ProblemAsync(HttpStatusCode.BadRequest, "id");
        await (await Client.DeleteAsync("/api/scan-stations/nowhere")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{ \"id\": \"s1\" }", "department")]
    [InlineData("{ \"id\": \"s2\", \"department\": \"D\", \"library\": \"MAIN\", \"location\": \"CIRC\" }", "department")]
    [InlineData("{ \"id\": \"s3\", \"library\": \"MAIN\" }", "location")]
    [InlineData("{ \"id\": \"bad id!\", \"department\": \"D\" }", "id")]
    public async Task A_station_says_where_it_scans_one_way_or_is_400(string body, string field)
    {
        var problem = await (await Client.PostAsync("/api/scan-stations", new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Empty(await (await Client.GetAsync("/api/scan-stations")).ReadAsync<List<ScanStationView>>(HttpStatusCode.OK));
    }

    [Fact]
    public async Task Only_an_administrator_registers_stations()
    {
        await (await Host.NewClient().PostAsJsonAsync("/api/scan-stations", new { id = "x", department = "D" })).ProblemAsync(HttpStatusCode.Unauthorized);
        var operatorClient = await Host.StaffAsync(NewAccount("w.op", roles: Role("Work Order Operator", "DIGI_DEPT_INST")), ChangedPassword);
        await (await operatorClient.GetAsync("/api/scan-stations")).ProblemAsync(HttpStatusCode.Forbidden, "General System Administrator");
    }
}
