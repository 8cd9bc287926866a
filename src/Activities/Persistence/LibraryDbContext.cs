using Library.Requests;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;

namespace Library.Persistence;

/// <summary>The workflow tables plus the library's records, so a step and the records it changes commit together.</summary>
public sealed class LibraryDbContext(DbContextOptions<LibraryDbContext> options) : WorkflowDbContext(options)
{
    public DbSet<DigitizationRequest> DigitizationRequests => Set<DigitizationRequest>();
    public DbSet<Attachment> Attachments => Set<Attachment>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);

        model.Entity<DigitizationRequest>(e =>
        {
            e.ToTable("digitization_requests");
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.Scope).HasConversion<string>().HasMaxLength(10);
            e.Property(r => r.Department).HasMaxLength(50);
            e.ComplexProperty(r => r.Requester, o =>
            {
                o.Property(p => p.Id).HasColumnName("requester_id").HasMaxLength(100);
                o.Property(p => p.Email).HasColumnName("requester_email").HasMaxLength(254);
                o.Property(p => p.UserGroup).HasColumnName("requester_user_group").HasMaxLength(100);
            });
            e.OwnsOne(r => r.Item, o =>
            {
                o.Property(p => p.Barcode).HasColumnName("item_barcode").HasMaxLength(100);
                o.Property(p => p.Title).HasColumnName("item_title").HasMaxLength(500);
                o.Property(p => p.Library).HasColumnName("item_library").HasMaxLength(50);
                o.Property(p => p.Location).HasColumnName("item_location").HasMaxLength(50);
                o.Property(p => p.MaterialType).HasColumnName("item_material_type").HasMaxLength(50);
                o.HasIndex(p => p.Barcode);
            });
            e.ComplexProperty(r => r.Part, o =>
            {
                // Every part column may be null, so a marker column tells "no part" from "an empty part".
                o.HasDiscriminator();
                o.Property(p => p.Title).HasColumnName("part_title").HasMaxLength(500);
                o.Property(p => p.Author).HasColumnName("part_author").HasMaxLength(300);
                o.Property(p => p.Pages).HasColumnName("part_pages").HasMaxLength(50);
            });
            e.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.RequestId);
            e.HasIndex(r => r.Status);
        });

        model.Entity<Attachment>(e =>
        {
            e.ToTable("attachments");
            e.Property(a => a.FileName).HasMaxLength(255);
            e.Property(a => a.ContentType).HasMaxLength(100);
            e.Property(a => a.AddedBy).HasMaxLength(200);
        });
    }
}
