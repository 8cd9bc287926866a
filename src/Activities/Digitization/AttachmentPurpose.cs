namespace Library.Digitization;

public enum AttachmentPurpose
{
    /// <summary>A digitized file for the requester.</summary>
    Delivery,

    /// <summary>Evidence for the approver, such as a copyright clearance confirmation; never sent to the requester.</summary>
    CopyrightClearance,
}
