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
}
