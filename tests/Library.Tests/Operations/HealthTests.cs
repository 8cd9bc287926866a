using System.Net;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Testing;

namespace Library.Tests.Operations;

/// <summary>The health probes, called without signing in, as a load balancer or an orchestrator calls them.</summary>
public sealed class HealthTests : HostTest
{
    [Fact]
    public async Task Live_answers_healthy_without_running_a_check()
    {
        var live = await (await Host.NewClient().GetAsync("/health/live")).ReadAsync<HealthView>(HttpStatusCode.OK);

        Assert.Equal("Healthy", live.Status);
        Assert.Empty(live.Checks);
    }

    [Fact]
    public async Task Ready_is_healthy_with_the_database_migrated_and_the_mail_server_answering()
    {
        var ready = await (await Host.NewClient().GetAsync("/health/ready")).ReadAsync<HealthView>(HttpStatusCode.OK);

        Assert.Equal("Healthy", ready.Status);
        Assert.Equal(["database", "migrations", "smtp"], ready.Checks.Select(c => c.Name).Order());
        Assert.All(ready.Checks, check => Assert.Equal("Healthy", check.Status));
    }

    [Fact]
    public async Task Ready_is_degraded_but_still_200_while_the_mail_server_is_unreachable()
    {
        var closedPort = TestSmtpServer.FreePort();
        await using var host = LibraryHost.Start(new Dictionary<string, string?> { ["Smtp:Port"] = closedPort.ToString() });

        var ready = await (await host.NewClient().GetAsync("/health/ready")).ReadAsync<HealthView>(HttpStatusCode.OK);

        Assert.Equal("Degraded", ready.Status);
        var smtp = Assert.Single(ready.Checks, c => c.Name == "smtp");
        Assert.Equal("Degraded", smtp.Status);
        Assert.Contains($"127.0.0.1:{closedPort} is unreachable", smtp.Description);
        Assert.All(ready.Checks.Where(c => c.Name != "smtp"), check => Assert.Equal("Healthy", check.Status));
    }

    [Fact]
    public async Task Ready_is_503_unhealthy_when_the_database_cannot_be_read()
    {
        await Host.DestroyDatabaseAsync();

        var ready = await (await Host.NewClient().GetAsync("/health/ready")).ReadAsync<HealthView>(HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Unhealthy", ready.Status);
        Assert.Contains(ready.Checks, check => check.Status == "Unhealthy");
        // Being alive does not depend on the database.
        await (await Host.NewClient().GetAsync("/health/live")).ReadAsync<HealthView>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_answers_as_ready()
    {
        var anonymous = Host.NewClient();

        var ready = await (await anonymous.GetAsync("/health/ready")).ReadAsync<HealthView>(HttpStatusCode.OK);
        var health = await (await anonymous.GetAsync("/health")).ReadAsync<HealthView>(HttpStatusCode.OK);

        Assert.Equal(ready.Status, health.Status);
        Assert.Equal(ready.Checks.Select(c => (c.Name, c.Status)), health.Checks.Select(c => (c.Name, c.Status)));
    }
}
