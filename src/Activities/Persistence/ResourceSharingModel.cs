using Library.ResourceSharing;
using Microsoft.EntityFrameworkCore;

namespace Library.Persistence;

/// <summary>The resource-sharing configuration: partners, their lending workflow profiles, and the lending reason lists.</summary>
internal static class ResourceSharingModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<LendingWorkflowProfile>(e =>
        {
            e.ToTable("lending_workflow_profiles");
            e.HasKey(p => p.Code);
            e.Property(p => p.Code).HasMaxLength(50);
            e.Property(p => p.Name).HasMaxLength(200);
        });

        model.Entity<ResourceSharingPartner>(e =>
        {
            e.ToTable("resource_sharing_partners");
            e.HasKey(p => p.Code);
            e.Property(p => p.Code).HasMaxLength(50);
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.ProfileType).HasConversion<string>().HasMaxLength(10);
            e.Property(p => p.Email).HasMaxLength(254);
            e.Property(p => p.IsoSymbol).HasMaxLength(100);
            e.Property(p => p.IsoEndpoint).HasMaxLength(2000);
            e.Property(p => p.SharedSecret).HasMaxLength(500);
            e.Property(p => p.WorkflowProfile).HasMaxLength(50);
            e.Property(p => p.Language).HasMaxLength(10);
            e.Property(p => p.Address).HasMaxLength(PartnerAddress.MaxLength);
            // The API refuses to delete a profile in use, naming its partners; the key keeps that true under any race.
            e.HasOne<LendingWorkflowProfile>().WithMany().HasForeignKey(p => p.WorkflowProfile).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<LendingReason>(e =>
        {
            e.ToTable("lending_reasons");
            e.Property(r => r.List).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.Name).HasMaxLength(200);
            e.HasIndex(r => new { r.List, r.Position }).IsUnique();
        });
    }
}
