using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Endpoints;
using Library.Host.Idempotency;
using Library.Host.Problems;
using Library.Host.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.AddScoped<LendingActionRefusal>();
        services.AddScoped<LendingScanIn>();
        services.AddScoped<Iso18626.IsoPartnerCheck>();
        services.AddScoped<Iso18626.IsoRequestIntake>();
        services.AddScoped<Iso18626.IsoActionIntake>();
        services.AddScoped<Iso18626.Iso18626Receiver>();
        // The definition reader holds every definition the endpoints resume to the waits they resume.
        services.Replace(ServiceDescriptor.Singleton(ResumedWaits.All));
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section)
            .Validate(o => o.KeepFor > TimeSpan.Zero && o.ClaimFor > TimeSpan.Zero, "Idempotency:KeepFor and Idempotency:ClaimFor must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IdempotencyStore>();
        services.AddHostedService<IdempotencySweep>();
        return services;
    }

    public static WebApplication MapLibraryApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseMiddleware<CookieCsrf>();
        app.UseAuthorization();
        // After authorization: a key is the account's own, and a refused call claims none.
        app.UseMiddleware<IdempotentPosts>();
        // After sign-in and the idempotency claim: only a caller allowed in has its body read, and a key is claimed before
        // the body arrives, however slowly.
        app.UseMiddleware<NulFreeText>();
        app.MapAuth();
        app.MapAccountLanguage();
        app.MapAccounts();
        app.MapDigitizationRequests();
        app.MapDigitizationNotes();
        app.MapDigitizationStatus();
        app.MapReasonLists();
        app.MapDigitizationItems();
        app.MapDigitizationInventory();
        app.MapDigitizationAttachments();
        app.MapLendingRequests();
        app.MapIso18626();
        app.MapPartners();
        app.MapLendingWorkflowProfiles();
        app.MapLendingReasons();
        app.MapCatalogueItems();
        app.MapScanStations();
        app.MapApprovals();
        app.MapSignals();
        app.MapHttpWorkflows();
        app.MapEvents();
        app.MapDelivery();
        app.MapRepository();
        app.MapDefinitions();
        app.MapWorkflowInstances();
        app.MapWorkflowRuns();
        app.MapActivityTypes();
        app.MapProfileRules();
        app.MapDepartments();
        app.MapPatronLimits();
        app.MapDocumentDeliveryRules();
        app.MapMoveRequests();
        app.MapOutbox();
        app.MapLetters();
        return app;
    }
}
