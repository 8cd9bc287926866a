using Library.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.StateMachines;

namespace Library.Lending;

/// <summary>
/// The gate source "request": what the partner asked for (<c>{ "request": "digital" }</c> is on for a digital request).
/// Alma: Managing Resource Sharing Lending Requests, "Ship non-returnable": a physical resource shipped so is Shipped
/// Physically, a digital one Shipped Digitally or completed, as the partner's profile awaits digital receipt or not.
/// </summary>
public sealed class RequestedFormatGate : IGateSource
{
    public const string Digital = "digital";

    public string Source => "request";
    public IReadOnlyCollection<string> Flags { get; } = [Digital];

    public async ValueTask<bool> IsOnAsync(string flag, ActivityContext context)
    {
        var request = await context.Services.GetRequiredService<LibraryDbContext>().LendingRequestOfAsync(context);
        return request.RequestedFormat == RequestedFormat.Digital;
    }
}
