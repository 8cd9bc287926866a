namespace Library.Rules;

/// <summary>How the digitized file reaches its target (Alma: Configuring Digitization, "Select digitization target").</summary>
public enum DigitizationTarget
{
    /// <summary>Document delivery – attachment: the file is e-mailed to the requester.</summary>
    DocumentDeliveryAttachment,

    /// <summary>Document delivery – link: the requester is e-mailed a download link with an access limit.</summary>
    DocumentDeliveryLink,

    /// <summary>Digital inventory (representation): the file joins the institution's repository.</summary>
    DigitalInventory,
}
