using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Expressions;
using Workflows.Http;
using Workflows.Mail;
using Workflows.Runtime;
using Workflows.Timers;

namespace Workflows;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the runtime with the built-in activities. The caller registers a scoped
    /// <see cref="Persistence.WorkflowDbContext"/> and Quartz (with <see cref="ResumeTimerJob"/> resolvable).
    /// </summary>
    public static IServiceCollection AddWorkflows(this IServiceCollection services, IConfiguration configuration, Action<ActivityRegistry>? activities = null)
    {
        var registry = new ActivityRegistry().AddFromAssemblyOf<Start>();
        activities?.Invoke(registry);
        services.AddSingleton(registry);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Persistence.CommitGate.Open);
        // The application replaces it with the waits it resumes (RequiredWaits).
        services.TryAddSingleton(RequiredWaits.None);
        services.AddSingleton<DefinitionReader>();
        services.AddSingleton<WorkflowDefinitionStore>();
        services.AddSingleton<DefinitionImporter>();
        services.AddSingleton<ExpressionEvaluator>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<TimerScheduler>();
        services.AddTransient<ResumeTimerJob>();
        services.AddScoped<WorkflowRuntime>();
        services.AddSingleton<Triggers.StartTriggers>();
        services.AddScoped<HttpAnswerSlot>();
        services.AddScoped<Traces.WorkflowTraces>();
        services.AddScoped<OutboxLetters>();
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddHostedService<MailDispatcher>();
        services.AddSingleton<HttpDeliverySignal>();
        services.Configure<HttpOutboxOptions>(configuration.GetSection("HttpOutbox"));
        // Redirects are not followed: a POST's redirect is the other end's configuration to mend, not ours to guess.
        services.AddHttpClient(HttpOutbox.ClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<HttpOutboxOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddHostedService<HttpDispatcher>();
        services.AddHostedService<TimerRecovery>();
        return services;
    }
}
