using Library.Accounts;
using Library.Host.Endpoints;
using Microsoft.AspNetCore.Authorization;
using Workflows.Activities;
using Workflows.Triggers;

namespace Library.Host.Authorization;

/// <summary>
/// Decides a <see cref="HttpWorkflowRequirement"/>: the HttpEndpoint that starts a workflow on the request's method and
/// path names who may call it, "open" letting anyone in (a public form), "administrator" or a staff role asking for
/// that role as any other endpoint does; where no workflow starts, resuming an HttpTrigger asks for any staff role.
/// </summary>
public sealed class HttpWorkflowAccessHandler(StartTriggers triggers) : AuthorizationHandler<HttpWorkflowRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, HttpWorkflowRequirement requirement)
    {
        if (context.Resource is not HttpContext http) return;
        var trigger = await HttpWorkflowRoute.TriggerAsync(http, triggers);
        var access = trigger is null ? null : HttpEndpoint.AccessOf(trigger.Inputs);
        if (access == HttpEndpoint.Open)
        {
            context.Succeed(requirement);
            return;
        }
        StaffRole[]? roles = access switch
        {
            null => [],
            HttpEndpoint.Administrator => [StaffRole.GeneralSystemAdministrator],
            _ when EnumNames<StaffRole>.TryParse(access, out var role) => [role],
            _ => null,
        };
        if (roles is null)
        {
            context.Fail(new AccessRefusal(this, $"Workflow '{trigger!.DefinitionId}' names access '{access}' for this path, which is neither " +
                $"'{HttpEndpoint.Open}', '{HttpEndpoint.Administrator}' nor a staff role ({EnumNames<StaffRole>.Listed}).", signInAgain: false));
            return;
        }
        // Asked of the service at the call, not injected: the service is built from the handlers, this one among them.
        var decided = await http.RequestServices.GetRequiredService<IAuthorizationService>()
            .AuthorizeAsync(context.User, resource: null, new StaffRoleRequirement(roles));
        if (decided.Succeeded) context.Succeed(requirement);
        else
            foreach (var reason in decided.Failure?.FailureReasons ?? [])
                context.Fail(reason);
    }
}
