using System.Text.Json;
using Library.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.StateMachines;

namespace Library.Lending;

/// <summary>
/// The gate source "profile": the optional steps of the workflow profile the lending request's partner had when the
/// request came in (<c>{ "profile": "willSupplyStep" }</c>).
/// </summary>
public sealed class PartnerProfileGate : IGateSource
{
    private static readonly Dictionary<string, Func<PartnerWorkflowProfile, bool>> Steps = new()
    {
        [Flag(nameof(PartnerWorkflowProfile.AwaitDigitalReceipt))] = p => p.AwaitDigitalReceipt,
        [Flag(nameof(PartnerWorkflowProfile.WillSupplyStep))] = p => p.WillSupplyStep,
        [Flag(nameof(PartnerWorkflowProfile.ManualRenewStep))] = p => p.ManualRenewStep,
        [Flag(nameof(PartnerWorkflowProfile.ReactivateStep))] = p => p.ReactivateStep,
        [Flag(nameof(PartnerWorkflowProfile.IsoCheckInMessage))] = p => p.IsoCheckInMessage,
    };

    /// <summary>How a refusal names a missing step, by its flag.</summary>
    private static readonly Dictionary<string, string> StepNames = new()
    {
        [Flag(nameof(PartnerWorkflowProfile.WillSupplyStep))] = "Will Supply step",
        [Flag(nameof(PartnerWorkflowProfile.ManualRenewStep))] = "manual renew step",
        [Flag(nameof(PartnerWorkflowProfile.ReactivateStep))] = "reactivate step",
        [Flag(nameof(PartnerWorkflowProfile.AwaitDigitalReceipt))] = "step awaiting digital receipt",
        [Flag(nameof(PartnerWorkflowProfile.IsoCheckInMessage))] = "ISO check-in message",
    };

    public string Source => "profile";

    /// <summary>Whether the profile has the step <paramref name="flag"/> names.</summary>
    public static bool Has(PartnerWorkflowProfile profile, string flag) => Steps[flag](profile);

    /// <summary>The step <paramref name="flag"/> names, as a refusal says it.</summary>
    public static string StepName(string flag) => StepNames.GetValueOrDefault(flag, flag);
    public IReadOnlyCollection<string> Flags => Steps.Keys;

    public async ValueTask<bool> IsOnAsync(string flag, ActivityContext context)
    {
        var request = await context.Services.GetRequiredService<LibraryDbContext>().LendingRequestOfAsync(context);
        return Steps[flag](request.Partner.Profile);
    }

    internal static string Flag(string property) => JsonNamingPolicy.CamelCase.ConvertName(property);
}
