namespace Workflows.Mail;

/// <summary>The <c>Smtp</c> configuration section.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public string From { get; set; } = "library@localhost";
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>How many SMTP sessions the dispatcher sends over at once.</summary>
    public int Connections { get; set; } = 4;

    /// <summary>
    /// How long a host has the messages it took to itself: another host sends those still unsent after it, so the
    /// letters of a host that died mid-send go out. Longer than sending a batch takes.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How many times a letter is tried while the server cannot take it for now (4xx, unreachable, a broken session)
    /// before it is failed for an operator to see: 300, about a day at the longest pause of five minutes. 0 never gives
    /// up. A permanent refusal (5xx) fails a letter at its first attempt whatever this says.
    /// </summary>
    public int MaxAttempts { get; set; } = 300;
}
