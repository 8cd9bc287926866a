using Library.Letters;
using Library.Rules;
using Library.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows;
using Workflows.Mail;

namespace Library;

public static class LibraryActivities
{
    /// <summary>The runtime with the built-in activities and the library's own.</summary>
    public static IServiceCollection AddLibraryWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkflows(configuration, registry => registry.AddFromAssemblyOf<Digitization.DigitizationRequest>());
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection("Storage"))
            .Validate(o => o.OrphanGrace >= StorageOptions.ShortestOrphanGrace,
                $"Storage:OrphanGrace must be at least {StorageOptions.ShortestOrphanGrace:c}: a younger file may be one whose record is about to commit.")
            .Validate(o => o.MaxRequestBytes is null or > 0, "Storage:MaxRequestBytes must be a positive number of bytes, or absent for no limit.")
            .ValidateOnStart();
        services.AddSingleton<Workflows.StateMachines.IGateSource, Lending.PartnerProfileGate>();
        services.AddSingleton<Workflows.StateMachines.IGateSource, Lending.InstitutionSettingGate>();
        services.AddSingleton<Workflows.StateMachines.IGateSource, Lending.RequestedFormatGate>();
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<OrphanFileSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<OrphanFileSweep>());
        services.Configure<Delivery.DeliveryOptions>(configuration.GetSection("Delivery"));
        services.AddTransient<Delivery.DeliveryCleanup>();
        services.AddScoped<RequestPolicy>();
        services.AddScoped<Digitization.DigitizationRequests>();
        services.AddScoped<Moves.MoveRequests>();
        services.Configure<Moves.ReturnDesks>(configuration.GetSection("Returns"));
        services.AddScoped<Lending.LendingRequests>();
        services.AddScoped<Lending.LinkedRequests>();
        services.AddSingleton<Lending.LendingUpgrade>();
        services.AddScoped<IRecipientPolicy, Notifications.RequestParties>();
        services.AddScoped<Workflows.Http.IHttpDeliveryReceipt, Lending.IsoConfirmationReceipt>();
        services.AddOptions<Notifications.MailSettings>().Bind(configuration.GetSection("Mail")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Notifications.MailSettings>, Notifications.MailSettingsCheck>();
        services.AddOptions<Lending.LendingSettings>().Bind(configuration.GetSection("Lending"))
            .Validate(s => s.HasKnownTimeZone(), "Lending:TimeZone is not a known time zone; give an IANA id such as Europe/Brussels.")
            .Validate(s => s.HasValidIsoSymbol(), "Lending:IsoSymbol is not an ISO 18626 agency id; give TYPE:VALUE such as ISIL:XX-LIB.")
            .ValidateOnStart();
        services.AddOptions<Languages.LetterSettings>().Bind(configuration.GetSection("Letters"))
            .Validate(s => s.HasKnownDefaultLanguage(), $"Letters:DefaultLanguage must be {Languages.LanguageCodes.Listed}.")
            .ValidateOnStart();
        services.AddLetters();
        return services;
    }
}
