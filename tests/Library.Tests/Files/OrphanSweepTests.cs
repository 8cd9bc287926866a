using System.Net;
using Library.Host.Contracts;
using Library.Storage;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Library.Tests.Files;

/// <summary>
/// A file written to the store whose record was never committed (the process stopped in between) is removed once it
/// is older than the grace period (<c>Storage:OrphanGrace</c>, an hour by default); a file a record names, and a file
/// younger than that (another host may be about to commit its record), stays. The tests move the service's clock.
/// </summary>
public sealed class OrphanSweepTests() : HostTest(new FakeTimeProvider(DateTimeOffset.UtcNow))
{
    private static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    private string Store => Path.Combine(Host.Folder, "files");

    /// <summary>A file in the store's layout (a folder per request) that no record names, last written <paramref name="age"/> ago.</summary>
    private string Orphan(Guid folder, TimeSpan age)
    {
        var path = Path.Combine(Store, folder.ToString(), $"{Guid.CreateVersion7()}.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Api.FileOf(64));
        File.SetLastWriteTimeUtc(path, Clock.GetUtcNow().UtcDateTime - age);
        return path;
    }

    private Task<List<string>> NamedFilesAsync() => Host.QueryAsync(async db =>
        (await db.Attachments.Select(a => a.StoragePath).ToListAsync())
        .Concat(await db.LendingRequests.Where(r => r.DigitalShipment != null).SelectMany(r => r.DigitalShipment!.Files).Select(f => f.StoragePath).ToListAsync())
        .Concat(await db.Representations.SelectMany(r => r.Files).Select(f => f.StoragePath).ToListAsync())
        .ToList());

    [Fact]
    public async Task Files_no_record_names_go_once_older_than_the_grace_period_while_named_and_younger_files_stay()
    {
        // One file named by each kind of record: a request's attachment, a lending request's digital shipment, a
        // representation of the repository.
        var attached = Api.NewRequest(barcode: "39001000789");
        attached["requester"]!["userGroup"] = "Graduate";
        var request = await Client.CreateAsync(attached);
        await Client.ScanAtDepartmentAsync("39001000789");
        await Client.NextStepAsync(request.Id);
        await (await Client.AttachAsync(request.Id, Api.FileOf(100))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var lending = await Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital"));
        await (await Client.ShipDigitallyAsync(lending.Id, Api.FileOf(200))).ReadAsync<LendingRequestView>(HttpStatusCode.OK);
        await Client.AddRuleAsync("DigitalInventory");
        var inventory = await Client.CreateAsync();
        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(inventory.Id);
        await (await Client.AddRepresentationAsync(inventory.Id, Api.FileOf(300))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var named = await NamedFilesAsync();
        Assert.Equal(3, named.Count);
        foreach (var path in named) File.SetLastWriteTimeUtc(path, Clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(30));

        var besideNamed = Orphan(request.Id, Grace + TimeSpan.FromMinutes(1));
        var alone = Orphan(Guid.CreateVersion7(), TimeSpan.FromDays(3));
        var justWritten = Orphan(request.Id, Grace - TimeSpan.FromMinutes(1));

        var removed = await Host.ServiceAsync<OrphanFileSweep, int>(sweep => sweep.SweepAsync(CancellationToken.None));

        Assert.Equal(2, removed);
        Assert.False(File.Exists(besideNamed));
        Assert.False(File.Exists(alone));
        Assert.All(named, path => Assert.True(File.Exists(path), $"{path} is named by a record"));
        Assert.True(File.Exists(justWritten));
        var file = (await Client.GetRequestAsync(request.Id)).Attachments.Single();
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/requests/{request.Id}/attachments/{file.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_sweep_runs_at_start_up_and_again_every_grace_period()
    {
        string left = "";
        await Host.RestartAsync(() =>
        {
            left = Orphan(Guid.CreateVersion7(), TimeSpan.FromDays(1));
            return Task.CompletedTask;
        });
        Assert.False(await Host.EventuallyAsync(() => Task.FromResult(File.Exists(left)), exists => !exists));

        var later = Orphan(Guid.CreateVersion7(), TimeSpan.Zero);
        Clock.Advance(Grace + TimeSpan.FromMinutes(1));
        Assert.False(await Host.EventuallyAsync(() => Task.FromResult(File.Exists(later)), exists => !exists));
    }

    [Fact]
    public void A_grace_period_shorter_than_a_minute_stops_start_up()
    {
        var error = Assert.ThrowsAny<Exception>(() => LibraryHost.Start(new Dictionary<string, string?> { ["Storage:OrphanGrace"] = "00:00:10" }));
        Assert.Contains("Storage:OrphanGrace", error.ToString());
    }
}
