using Workflows.Activities;

namespace Workflows.Mail;

/// <summary>
/// Whom a definition's <see cref="SendEmail"/> may write to. A definition is data an administrator publishes and its
/// recipient an input, so without this check a definition could send anything anywhere under the service's sender.
/// The application supplies it, since only it knows who takes part in the work an instance serves; with none
/// registered, SendEmail cannot run.
/// </summary>
public interface IRecipientPolicy
{
    /// <summary>Null when the step may write to <paramref name="address"/> (one bare address); otherwise why not, for the history.</summary>
    ValueTask<string?> RefusalAsync(ActivityContext context, string address);
}
