using Library.Approvals;
using Library.Delivery;
using Library.Repository;
using Library.Departments;
using Library.Moves;
using Library.Patrons;
using Library.Digitization;
using Library.Languages;
using Library.Rules;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;

namespace Library.Persistence;

/// <summary>
/// The workflow tables plus the library's records, so a step and the records it changes commit together. Each
/// database engine has a context type of its own deriving from this one (<see cref="SqliteLibraryDbContext"/>,
/// <see cref="PostgresLibraryDbContext"/>), because EF Core ties a set of migrations to one context type.
/// </summary>
public abstract class LibraryDbContext(DbContextOptions options) : WorkflowDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DigitizationRequest> DigitizationRequests => Set<DigitizationRequest>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<DigitizationNote> DigitizationNotes => Set<DigitizationNote>();
    public DbSet<ApprovalRequest> Approvals => Set<ApprovalRequest>();
    public DbSet<DeliveryLink> DeliveryLinks => Set<DeliveryLink>();
    public DbSet<Representation> Representations => Set<Representation>();
    public DbSet<Lending.LendingRequest> LendingRequests => Set<Lending.LendingRequest>();
    public DbSet<Lending.IsoReceivedRequest> IsoReceivedRequests => Set<Lending.IsoReceivedRequest>();
    public DbSet<Catalogue.CatalogueItem> CatalogueItems => Set<Catalogue.CatalogueItem>();
    public DbSet<Catalogue.ItemHistoryEntry> ItemHistory => Set<Catalogue.ItemHistoryEntry>();
    public DbSet<ResourceSharing.ResourceSharingPartner> Partners => Set<ResourceSharing.ResourceSharingPartner>();
    public DbSet<ResourceSharing.LendingWorkflowProfile> LendingWorkflowProfiles => Set<ResourceSharing.LendingWorkflowProfile>();
    public DbSet<ResourceSharing.LendingReason> LendingReasons => Set<ResourceSharing.LendingReason>();
    public DbSet<Accounts.StaffAccount> StaffAccounts => Set<Accounts.StaffAccount>();
    public DbSet<Scanning.ScanStation> ScanStations => Set<Scanning.ScanStation>();
    public DbSet<Letters.LetterTemplate> LetterTemplates => Set<Letters.LetterTemplate>();
    public DbSet<Letters.LetterSwitch> LetterSwitches => Set<Letters.LetterSwitch>();

    /// <summary>Idempotency keys sent with POSTs and the first answers, kept in the database so every host and a restart see them.</summary>
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>The keys that protect sign-in cookies and tokens, shared by every host and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RequestSearch.Refresh(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RequestSearch.Refresh(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        ConfigureRulesAndLimits(model); // the block at the end of the class
        ConfigureMoves(model); // likewise
        LendingModel.Configure(model);
        ResourceSharingModel.Configure(model);
        AccountsModel.Configure(model);
        LettersModel.Configure(model);
        model.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        model.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency_keys");
            // The database's own key decides which of two requests racing on one key (on one host or two) runs.
            e.HasKey(r => new { r.Account, r.Key });
            e.Property(r => r.Account).HasMaxLength(256);
            e.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
            e.Property(r => r.Method).HasMaxLength(10);
            e.Property(r => r.BodyHash).HasMaxLength(64);
            e.Property(r => r.ContentType).HasMaxLength(200);
            e.Property(r => r.Location).HasMaxLength(2000);
            e.HasIndex(r => r.ExpiresAt);
        });

        model.Entity<DigitizationRequest>(e =>
        {
            e.ToTable("digitization_requests");
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.Scope).HasConversion<string>().HasMaxLength(10);
            e.Property(r => r.Inventory).HasConversion<string>().HasMaxLength(10);
            e.Property(r => r.Department).HasMaxLength(50);
            e.ComplexProperty(r => r.Requester, o =>
            {
                o.Property(p => p.Id).HasColumnName("requester_id").HasMaxLength(100);
                o.Property(p => p.Email).HasColumnName("requester_email").HasMaxLength(254);
                o.Property(p => p.UserGroup).HasColumnName("requester_user_group").HasMaxLength(100);
                o.Property(p => p.Type).HasColumnName("requester_type").HasConversion<string>().HasMaxLength(10);
                o.Property(p => p.Name).HasColumnName("requester_name").HasMaxLength(200);
                o.Property(p => p.Language).HasColumnName("requester_language").HasMaxLength(5)
                    .HasConversion(l => LanguageCodes.Code(l), code => LanguageCodes.Parse(code));
            });
            e.OwnsOne(r => r.Item, o =>
            {
                o.Property(p => p.Barcode).HasColumnName("item_barcode").HasMaxLength(100);
                o.Property(p => p.Title).HasColumnName("item_title").HasMaxLength(500);
                o.Property(p => p.Library).HasColumnName("item_library").HasMaxLength(50);
                o.Property(p => p.Location).HasColumnName("item_location").HasMaxLength(50);
                o.Property(p => p.MaterialType).HasColumnName("item_material_type").HasMaxLength(50);
                o.Property(p => p.MmsId).HasColumnName("item_mms_id").HasMaxLength(50);
                o.Property(p => p.Isbn).HasColumnName("item_isbn").HasMaxLength(30);
                o.Property(p => p.Isbn13).HasColumnName("item_isbn13").HasMaxLength(13);
                o.Property(p => p.Issn).HasColumnName("item_issn").HasMaxLength(9);
                o.Property(p => p.Volume).HasColumnName("item_volume").HasMaxLength(50);
                o.Property(p => p.Issue).HasColumnName("item_issue").HasMaxLength(50);
                o.HasIndex(p => p.Barcode);
                o.HasIndex(p => p.MmsId);
                o.HasIndex(p => p.Isbn13);
                o.HasIndex(p => p.Issn);
            });
            e.ComplexProperty(r => r.Part, o =>
            {
                // Every part column may be null, so a marker column tells "no part" from "an empty part".
                o.HasDiscriminator();
                o.Property(p => p.Title).HasColumnName("part_title").HasMaxLength(500);
                o.Property(p => p.Author).HasColumnName("part_author").HasMaxLength(300);
                o.Property(p => p.Pages).HasColumnName("part_pages").HasMaxLength(50);
            });
            e.ComplexProperty(r => r.Routing, o =>
            {
                o.Property(p => p.RuleId).HasColumnName("rule_id");
                o.Property(p => p.RuleName).HasColumnName("rule_name").HasMaxLength(200);
                o.Property(p => p.Target).HasColumnName("target").HasConversion<string>().HasMaxLength(40);
                o.Property(p => p.MaxAccessCount).HasColumnName("max_access_count");
                o.Property(p => p.Approval).HasColumnName("approval");
                o.Property(p => p.CopyrightClearance).HasColumnName("copyright_clearance");
                o.Property(p => p.ApprovalManagement).HasColumnName("approval_management").HasConversion<string>().HasMaxLength(30);
                o.Property(p => p.ApprovalReason).HasColumnName("approval_reason").HasMaxLength(100);
            });
            e.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.RequestId);
            // The in-process list shows the oldest first, by one facet or none: each facet with the creation time lets it
            // read its first page from an index instead of sorting years of finished requests. The target's index is in
            // the migration ListFacetIndexes, since a complex property's column cannot be indexed in the model.
            e.HasIndex(r => r.CreatedAt);
            e.HasIndex(r => new { r.Status, r.CreatedAt });
            e.HasIndex(r => new { r.Department, r.CreatedAt });
            e.HasIndex(r => new { r.Scope, r.CreatedAt });
            e.Property(r => r.SearchText).HasColumnName("search_text").HasMaxLength(RequestSearch.MaxLength);
        });

        model.Entity<DigitizationNote>(e =>
        {
            e.ToTable("digitization_notes");
            e.HasOne<DigitizationRequest>().WithMany().HasForeignKey(n => n.RequestId);
            e.HasIndex(n => n.RequestId);
            e.Property(n => n.Text).HasMaxLength(DigitizationNote.MaxLength);
            e.Property(n => n.CreatedBy).HasMaxLength(200);
            e.Property(n => n.UpdatedBy).HasMaxLength(200);
        });

        model.Entity<Attachment>(e =>
        {
            e.ToTable("attachments");
            e.Property(a => a.FileName).HasMaxLength(255);
            e.Property(a => a.ContentType).HasMaxLength(100);
            e.Property(a => a.AddedBy).HasMaxLength(200);
            e.Property(a => a.Purpose).HasConversion<string>().HasMaxLength(30);
        });

        model.Entity<ApprovalRequest>(e =>
        {
            e.ToTable("approval_requests");
            e.HasIndex(a => a.RequestId).IsUnique();
            e.HasIndex(a => a.Status);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Management).HasConversion<string>().HasMaxLength(30);
            e.Property(a => a.RuleName).HasMaxLength(200);
            e.Property(a => a.Reason).HasMaxLength(100);
            e.Property(a => a.DecidedBy).HasMaxLength(200);
            e.ComplexProperty(a => a.Copyright, o =>
            {
                o.Property(c => c.CcNumber).HasColumnName("cc_number").HasMaxLength(100);
                o.Property(c => c.CcOrderDate).HasColumnName("cc_order_date");
                o.Property(c => c.CcApprovalDate).HasColumnName("cc_approval_date");
                o.Property(c => c.Note).HasColumnName("cc_note").HasMaxLength(2000);
            });
        });

        model.Entity<DeliveryLink>(e =>
        {
            e.ToTable("delivery_links");
            e.HasKey(l => l.Token);
            e.Property(l => l.Token).HasMaxLength(64);
            e.HasIndex(l => l.RequestId);
        });

        model.Entity<Representation>(e =>
        {
            e.ToTable("representations");
            e.HasIndex(r => r.Barcode);
            e.HasIndex(r => r.RequestId);
            e.Property(r => r.Barcode).HasMaxLength(100);
            e.Property(r => r.Title).HasMaxLength(500);
            e.Property(r => r.MmsId).HasMaxLength(50);
            e.HasIndex(r => r.MmsId);
            e.Property(r => r.UsageType).HasMaxLength(30);
            e.Property(r => r.Library).HasMaxLength(50);
            e.Property(r => r.AccessRightsPolicy).HasMaxLength(100);
            e.Property(r => r.CreatedBy).HasMaxLength(200);
            e.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.RepresentationId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<RepresentationFile>(e =>
        {
            e.ToTable("representation_files");
            e.Property(f => f.FileName).HasMaxLength(255);
            e.Property(f => f.ContentType).HasMaxLength(100);
        });
    }

    // ---- Digitization setup (issue 3): profile rules, departments, patron limits, document delivery rules ----

    public DbSet<ProfileRule> ProfileRules => Set<ProfileRule>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<PatronLimit> PatronLimits => Set<PatronLimit>();
    public DbSet<PatronLoad> PatronLoads => Set<PatronLoad>();
    public DbSet<DocumentDeliveryRule> DocumentDeliveryRules => Set<DocumentDeliveryRule>();

    /// <summary>
    /// The requester's load, tracked. A requester without one first gets a row with nothing open, committed on its own,
    /// so the patron limit is always checked on a row that exists: the placement counts on the version the check read,
    /// and loses at its commit if another placement counted in between. (Had the check read no row and the count then
    /// found a row committed since, it would have counted past the limit.) The commit of its own happens once per
    /// requester, on their first request.
    /// </summary>
    public async Task<PatronLoad> PatronLoadOfAsync(string requesterId, CancellationToken ct)
    {
        // Find, not a query: the check and the count in one unit of work share the load the first of them read.
        if (await PatronLoads.FindAsync([requesterId], ct) is { } load) return load;
        // Simultaneous first requests of one requester all get here; the row is made once and they all go on with it.
        await Database.ExecuteSqlAsync(
            $"""INSERT INTO patron_loads ("RequesterId", "OpenRequests", "Version") VALUES ({requesterId}, 0, 0) ON CONFLICT DO NOTHING""", ct);
        return await PatronLoads.FindAsync([requesterId], ct)
               ?? throw new InvalidOperationException($"The load of requester {requesterId} was inserted but cannot be read.");
    }

    private static void ConfigureRulesAndLimits(ModelBuilder model)
    {
        model.Entity<ProfileRule>(e =>
        {
            e.ToTable("profile_rules");
            e.Property(r => r.Name).HasMaxLength(200);
            e.HasIndex(r => r.Name).IsUnique();
            e.Property(r => r.Description).HasMaxLength(2000);
            e.Property(r => r.Conditions).HasConversion(RuleConditionsJson.Converter, RuleConditionsJson.Comparer);
            e.ComplexProperty(r => r.Outputs, o =>
            {
                o.Property(p => p.Target).HasColumnName("target").HasConversion<string>().HasMaxLength(40);
                o.Property(p => p.MaxAccessCount).HasColumnName("max_access_count");
                o.Property(p => p.Approval).HasColumnName("approval");
                o.Property(p => p.CopyrightClearance).HasColumnName("copyright_clearance");
                o.Property(p => p.ApprovalManagement).HasColumnName("approval_management").HasConversion<string>().HasMaxLength(30);
                o.Property(p => p.ApprovalReason).HasColumnName("approval_reason").HasMaxLength(50);
            });
        });

        model.Entity<Department>(e =>
        {
            e.ToTable("departments");
            e.HasKey(d => d.Code);
            e.Property(d => d.Code).HasMaxLength(50);
            e.Property(d => d.Name).HasMaxLength(200);
            e.Property(d => d.Description).HasMaxLength(2000);
            e.Ignore(d => d.ServesWholeInstitution);
        });

        model.Entity<PatronLimit>(e =>
        {
            e.ToTable("patron_limits");
            e.HasKey(l => l.UserGroup);
            e.Property(l => l.UserGroup).HasMaxLength(100);
            e.Ignore(l => l.ForbidsRequests);
        });

        model.Entity<PatronLoad>(e =>
        {
            e.ToTable("patron_loads");
            e.HasKey(l => l.RequesterId);
            e.Property(l => l.RequesterId).HasMaxLength(100);
            e.Property(l => l.Version).IsConcurrencyToken();
        });

        model.Entity<DocumentDeliveryRule>(e =>
        {
            e.ToTable("document_delivery_rules");
            e.Property(r => r.Name).HasMaxLength(200);
            e.HasIndex(r => r.Name).IsUnique();
            e.Property(r => r.Description).HasMaxLength(2000);
        });
    }

    // ---- Move requests (issue 5) ----

    public DbSet<MoveRequest> MoveRequests => Set<MoveRequest>();
    public DbSet<MoveStatusChange> MoveStatusChanges => Set<MoveStatusChange>();

    private static void ConfigureMoves(ModelBuilder model)
    {
        model.Entity<MoveRequest>(e =>
        {
            e.ToTable("move_requests");
            e.Property(m => m.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Barcode).HasMaxLength(100);
            e.HasIndex(m => m.Barcode);
            e.HasIndex(m => m.CreatedAt);
            e.ComplexProperty(m => m.From, o =>
            {
                o.Property(p => p.Library).HasColumnName("from_library").HasMaxLength(50);
                o.Property(p => p.Location).HasColumnName("from_location").HasMaxLength(50);
                o.Property(p => p.Desk).HasColumnName("from_desk").HasMaxLength(50);
            });
            e.ComplexProperty(m => m.To, o =>
            {
                o.Property(p => p.Library).HasColumnName("to_library").HasMaxLength(50);
                o.Property(p => p.Location).HasColumnName("to_location").HasMaxLength(50);
                o.Property(p => p.Desk).HasColumnName("to_desk").HasMaxLength(50);
            });
            e.Property(m => m.ManualDescription).HasMaxLength(200);
            e.Property(m => m.Note).HasMaxLength(2000);
            e.Property(m => m.CancellationReason).HasMaxLength(200);
            e.Property(m => m.CancellationNote).HasMaxLength(2000);
            e.Property(m => m.ViaDesk).HasMaxLength(50);
            e.HasIndex(m => m.DigitizationRequestId);
            e.HasMany<MoveStatusChange>().WithOne().HasForeignKey(c => c.MoveRequestId);
        });

        model.Entity<MoveStatusChange>(e =>
        {
            e.ToTable("move_status_changes");
            e.HasIndex(c => c.MoveRequestId);
            e.Property(c => c.Actor).HasMaxLength(200);
            e.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Note).HasMaxLength(2000);
        });
    }
}
