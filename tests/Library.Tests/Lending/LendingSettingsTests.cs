using Library.Lending;
using Library.Tests.Infrastructure;

namespace Library.Tests.Lending;

/// <summary>The institution's resource-sharing settings (customer parameters of Alma: Managing Resource Sharing Lending Requests), set in configuration.</summary>
public sealed class LendingSettingsTests
{
    private static LibraryHost StartWithSettings() => LibraryHost.Start(new Dictionary<string, string?>
    {
        ["Lending:RsKeepRejectedRequestActive"] = "Lending",
        ["Lending:LendingRequestsRenewedStatus"] = "true",
    });

    [Fact]
    public async Task A_rejected_request_stays_active_when_the_institution_keeps_it()
    {
        await using var host = StartWithSettings();
        var created = await host.Client.CreateLendingAsync();
        var rejected = await host.Client.ActAsync(created.Id, "reject", new { reason = "Not available for loan" });
        Assert.Equal(LendingStatus.Rejected, rejected.Status);
        Assert.True(rejected.Active);
    }

    [Fact]
    public async Task A_renewal_sets_Renew_Accepted_when_the_institution_says_so()
    {
        await using var host = StartWithSettings();
        var created = await host.Client.CreateLendingAsync();
        await host.Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        await host.Client.ActAsync(created.Id, "received-by-partner");
        Assert.Equal(LendingStatus.RenewAccepted, (await host.Client.ActAsync(created.Id, "renew", new { dueDate = "2099-03-31" })).Status);
    }
}
