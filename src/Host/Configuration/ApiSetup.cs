using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Endpoints;
using Library.Host.Problems;
using Library.Host.Validation;

namespace Library.Host.Configuration;

public static class ApiSetup
{
    public static IServiceCollection AddLibraryApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        // Unreadable bodies throw, so ExceptionProblems can say what was wrong with them.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ExceptionProblems>();
        services.AddHttpContextAccessor();
        ValidatorOptions.Global.PropertyNameResolver = JsonPropertyNames.Resolve;
        ValidatorOptions.Global.DisplayNameResolver = JsonPropertyNames.Resolve;
        services.AddValidatorsFromAssemblyContaining<CreateDigitizationRequestValidator>();
        services.AddScoped<DigitizationRequestAction>();
        services.AddScoped<LendingRequestAction>();
        return services;
    }

    public static WebApplication MapLibraryApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseMiddleware<CookieCsrf>();
        app.UseAuthorization();
        app.MapAuth();
        app.MapAccounts();
        app.MapDigitizationRequests();
        app.MapLendingRequests();
        app.MapScanStations();
        app.MapApprovals();
        app.MapSignals();
        app.MapDelivery();
        app.MapRepository();
        app.MapDefinitions();
        app.MapActivityTypes();
        app.MapProfileRules();
        app.MapDepartments();
        app.MapPatronLimits();
        app.MapDocumentDeliveryRules();
        app.MapMoveRequests();
        return app;
    }
}
