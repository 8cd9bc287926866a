using Library.Host.Authorization;
using Library.Host.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Activities;

namespace Library.Host.Endpoints;

/// <summary>The activity types a definition may use: the designer's palette.</summary>
public static class ActivityTypeEndpoints
{
    public static IEndpointRouteBuilder MapActivityTypes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/activity-types", List).Needs(StaffPolicies.Staff).WithTags("Workflow definitions");
        return app;
    }

    private static Ok<List<ActivityTypeView>> List(ActivityRegistry registry) =>
        TypedResults.Ok(registry.All.OrderBy(d => d.TypeName, StringComparer.Ordinal).Select(ActivityTypeView.Of).ToList());
}
