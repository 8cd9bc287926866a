using Library.Catalogue;
using Library.Languages;
using Library.Lending;
using Microsoft.EntityFrameworkCore;

namespace Library.Persistence;

/// <summary>The tables of lending requests (issue 5) and of the item catalogue they locate items in.</summary>
internal static class LendingModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<CatalogueItem>(e =>
        {
            e.ToTable("catalogue_items");
            e.HasKey(i => i.Barcode);
            e.Property(i => i.Barcode).HasMaxLength(100);
            e.Property(i => i.Title).HasMaxLength(500);
            e.Property(i => i.Issn).HasMaxLength(20);
            e.Property(i => i.MaterialType).HasMaxLength(50);
        });

        model.Entity<IsoReceivedRequest>(e =>
        {
            e.ToTable("iso_received_requests");
            e.HasKey(r => new { r.PartnerCode, r.RequestingAgencyRequestId });
            e.Property(r => r.PartnerCode).HasMaxLength(50);
            e.Property(r => r.RequestingAgencyRequestId).HasMaxLength(100);
        });

        model.Entity<LendingRequest>(e =>
        {
            e.ToTable("lending_requests");
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.InterruptedStatus).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.CancelInterruptedStatus).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.RequestedFormat).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.ExternalId).HasMaxLength(100);
            e.Property(r => r.Assignee).HasMaxLength(200);
            e.Property(r => r.InternalRejectionReason).HasMaxLength(200);
            e.ComplexProperty(r => r.Partner, p =>
            {
                p.Property(x => x.Code).HasColumnName("partner_code").HasMaxLength(50);
                p.Property(x => x.Name).HasColumnName("partner_name").HasMaxLength(200);
                p.Property(x => x.Email).HasColumnName("partner_email").HasMaxLength(254);
                p.Property(x => x.ProfileType).HasColumnName("partner_profile_type").HasConversion<string>().HasMaxLength(10);
                p.Property(x => x.Language).HasColumnName("partner_language").HasMaxLength(5)
                    .HasConversion(l => l == null ? null : LanguageCodes.Code(l.Value), code => code == null ? null : LanguageCodes.Parse(code));
                p.ComplexProperty(x => x.Profile, o =>
                {
                    o.Property(x => x.AwaitDigitalReceipt).HasColumnName("profile_await_digital_receipt");
                    o.Property(x => x.WillSupplyStep).HasColumnName("profile_will_supply");
                    o.Property(x => x.ManualRenewStep).HasColumnName("profile_manual_renew");
                    o.Property(x => x.ReactivateStep).HasColumnName("profile_reactivate");
                    o.Property(x => x.IsoCheckInMessage).HasColumnName("profile_iso_check_in");
                });
            });
            e.ComplexProperty(r => r.Item, o =>
            {
                o.Property(x => x.Barcode).HasColumnName("item_barcode").HasMaxLength(100);
                o.Property(x => x.Title).HasColumnName("item_title").HasMaxLength(500);
                o.Property(x => x.Author).HasColumnName("item_author").HasMaxLength(300);
                o.Property(x => x.Isbn).HasColumnName("item_isbn").HasMaxLength(20);
                o.Property(x => x.Library).HasColumnName("item_library").HasMaxLength(50);
                o.Property(x => x.Location).HasColumnName("item_location").HasMaxLength(50);
                o.Property(x => x.Located).HasColumnName("item_located");
            });
            e.OwnsOne(r => r.DigitalShipment, o =>
            {
                o.ToTable("lending_digital_shipments");
                o.OwnsMany(s => s.Files, f => { f.ToTable("lending_shipped_files"); f.Property(x => x.Id).ValueGeneratedNever(); });
            });
            e.OwnsMany(r => r.Notes, o => { o.ToTable("lending_notes"); o.Property(n => n.Id).ValueGeneratedNever(); o.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20); });
            e.OwnsMany(r => r.Communications, o => { o.ToTable("lending_communications"); o.Property(c => c.Id).ValueGeneratedNever(); });
            e.OwnsMany(r => r.IsoMessages, o =>
            {
                o.ToTable("lending_iso_messages");
                o.Property(m => m.Id).ValueGeneratedNever();
                o.Property(m => m.Direction).HasConversion<string>().HasMaxLength(10);
                o.Property(m => m.MessageStatus).HasMaxLength(10);
                o.Property(m => m.ErrorType).HasMaxLength(40);
            });
            e.OwnsMany(r => r.Alerts, o =>
            {
                o.ToTable("lending_alerts");
                o.Property(a => a.Id).ValueGeneratedNever();
                o.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
                o.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
            });
            e.HasIndex(r => r.Status);
            e.HasIndex(r => r.CreatedAt);
        });
    }
}
