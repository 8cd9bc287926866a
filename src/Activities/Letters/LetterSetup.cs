using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Library.Letters;

public static class LetterSetup
{
    /// <summary>The letter templates: one parser and its kept parses for the process, a composer per unit of work.</summary>
    public static IServiceCollection AddLetters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LetterSettings>().Bind(configuration.GetSection(LetterSettings.Section))
            .Validate(s => LetterLanguages.IsKnown(s.DefaultLanguage), $"Letters:DefaultLanguage must be one of {string.Join(", ", LetterLanguages.All)}.")
            .ValidateOnStart();
        services.AddSingleton<LiquidTemplates>();
        services.AddScoped<LetterComposer>();
        return services;
    }
}
