using Microsoft.Extensions.Options;
using Workflows.Activities;
using Workflows.StateMachines;

namespace Library.Lending;

/// <summary>
/// The gate source "setting": the institution's resource-sharing settings that change the lending process
/// (<c>{ "setting": "lendingRequestsRenewedStatus" }</c>); a setting with choices is on when it is not None.
/// </summary>
public sealed class InstitutionSettingGate(IOptions<LendingSettings> settings) : IGateSource
{
    private static readonly Dictionary<string, Func<LendingSettings, bool>> Settings = new()
    {
        [PartnerProfileGate.Flag(nameof(LendingSettings.LendingRequestsRenewedStatus))] = s => s.LendingRequestsRenewedStatus,
        [PartnerProfileGate.Flag(nameof(LendingSettings.RsKeepRejectedRequestActive))] = s => s.RsKeepRejectedRequestActive != KeepRejectedRequestActive.None,
    };

    public string Source => "setting";
    public IReadOnlyCollection<string> Flags => Settings.Keys;

    public ValueTask<bool> IsOnAsync(string flag, ActivityContext context) => ValueTask.FromResult(Settings[flag](settings.Value));
}
