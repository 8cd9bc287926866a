namespace Bench.Measurements.Http;

/// <summary>
/// Reads the service's CPU time, and keeps count of the mails the service owes: every completed lifecycle owes one,
/// sent after its done has answered. A reading that must include the CPU of sending them waits for them first.
/// </summary>
public sealed class ServiceCpuMeter(ServiceProcess service, MailCounter mailbox)
{
    private static readonly TimeSpan MailBound = TimeSpan.FromSeconds(60);

    /// <summary>
    /// After the last mail reaches the SMTP server the service still ends its session and marks the letter sent;
    /// a reading waits this long more to include that.
    /// </summary>
    private static readonly TimeSpan AfterLastMail = TimeSpan.FromMilliseconds(100);

    public int MailsOwed { get; private set; }

    public TimeSpan Now => service.CpuTime;

    public int MailsOutstanding => MailsOwed - mailbox.WithFile - mailbox.WithoutFile;

    public void Owe(int mails) => MailsOwed += mails;

    /// <summary>The CPU time once every mail owed has arrived (or a minute has passed), and how long the mail took to arrive.</summary>
    public async Task<(TimeSpan Cpu, TimeSpan MailLag)> OnceMailArrivedAsync()
    {
        var wait = System.Diagnostics.Stopwatch.StartNew();
        await mailbox.WaitForAsync(MailsOwed, MailBound);
        var lag = wait.Elapsed;
        await Task.Delay(AfterLastMail);
        return (service.CpuTime, lag);
    }
}
