using Library.Rules;
using Library.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows;

namespace Library;

public static class LibraryActivities
{
    /// <summary>The runtime with the built-in activities and the library's own.</summary>
    public static IServiceCollection AddLibraryWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkflows(configuration, registry => registry.AddFromAssemblyOf<Digitization.DigitizationRequest>());
        services.Configure<StorageOptions>(configuration.GetSection("Storage"));
        services.AddSingleton<AttachmentStore>();
        services.Configure<Delivery.DeliveryOptions>(configuration.GetSection("Delivery"));
        services.AddTransient<Delivery.DeliveryCleanup>();
        services.AddScoped<RequestPolicy>();
        services.AddScoped<Digitization.DigitizationRequests>();
        services.AddScoped<Moves.MoveRequests>();
        services.AddScoped<Lending.LendingRequests>();
        services.AddScoped<Lending.LinkedRequests>();
        services.AddOptions<Lending.LendingSettings>().Bind(configuration.GetSection("Lending"))
            .Validate(s => s.HasKnownTimeZone(), "Lending:TimeZone is not a known time zone; give an IANA id such as Europe/Brussels.")
            .ValidateOnStart();
        return services;
    }
}
