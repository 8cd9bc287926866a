using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Library.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approval_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Management = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RequiresCopyrightClearance = table.Column<bool>(type: "boolean", nullable: false),
                    RuleId = table.Column<int>(type: "integer", nullable: false),
                    RuleName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    cc_approval_date = table.Column<DateOnly>(type: "date", nullable: true),
                    cc_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    cc_order_date = table.Column<DateOnly>(type: "date", nullable: true),
                    cc_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_items",
                columns: table => new
                {
                    Barcode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Author = table.Column<string>(type: "text", nullable: true),
                    Isbn = table.Column<string>(type: "text", nullable: true),
                    Library = table.Column<string>(type: "text", nullable: false),
                    Location = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_items", x => x.Barcode);
                });

            migrationBuilder.CreateTable(
                name: "delivery_links",
                columns: table => new
                {
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaxAccessCount = table.Column<int>(type: "integer", nullable: true),
                    AccessCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CleanupAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FilesRemovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_links", x => x.Token);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WorkTimeDays = table.Column<int>(type: "integer", nullable: true),
                    ServedLibraries = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "digitization_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_barcode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    item_title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    item_library = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    item_location = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    item_material_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Scope = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Department = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true),
                    LendingRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CancellationReason = table.Column<string>(type: "text", nullable: true),
                    CancellationNote = table.Column<string>(type: "text", nullable: true),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    part_author = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Part_Discriminator = table.Column<string>(type: "text", nullable: true),
                    part_pages = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    part_title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    requester_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    requester_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    requester_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    requester_user_group = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    approval = table.Column<bool>(type: "boolean", nullable: false),
                    approval_management = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    approval_reason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    copyright_clearance = table.Column<bool>(type: "boolean", nullable: false),
                    max_access_count = table.Column<int>(type: "integer", nullable: true),
                    rule_id = table.Column<int>(type: "integer", nullable: false),
                    rule_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    target = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digitization_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "document_delivery_rules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    UserGroups = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_delivery_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lending_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestedFormat = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RequesterEmail = table.Column<string>(type: "text", nullable: true),
                    NeededBy = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    InterruptedStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ConditionReason = table.Column<string>(type: "text", nullable: true),
                    ConditionReplyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelInterruptedStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Assignee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OverdueDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiredNeededBy = table.Column<DateOnly>(type: "date", nullable: true),
                    RejectionReason = table.Column<string>(type: "text", nullable: true),
                    ShippedBarcodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    item_author = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    item_barcode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    item_isbn = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    item_library = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    item_located = table.Column<bool>(type: "boolean", nullable: false),
                    item_location = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    item_title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    partner_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    partner_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    partner_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    partner_profile_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    profile_await_digital_receipt = table.Column<bool>(type: "boolean", nullable: false),
                    profile_iso_check_in = table.Column<bool>(type: "boolean", nullable: false),
                    profile_manual_renew = table.Column<bool>(type: "boolean", nullable: false),
                    profile_reactivate = table.Column<bool>(type: "boolean", nullable: false),
                    profile_will_supply = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lending_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "move_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Barcode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ManualDescription = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LendingRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CancellationReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CancellationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    from_desk = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    from_library = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    from_location = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    to_desk = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    to_library = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    to_location = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_move_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patron_limits",
                columns: table => new
                {
                    UserGroup = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MaxDigitizationRequests = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patron_limits", x => x.UserGroup);
                });

            migrationBuilder.CreateTable(
                name: "profile_rules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    Conditions = table.Column<string>(type: "text", nullable: false),
                    approval = table.Column<bool>(type: "boolean", nullable: false),
                    approval_management = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    approval_reason = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    copyright_clearance = table.Column<bool>(type: "boolean", nullable: false),
                    max_access_count = table.Column<int>(type: "integer", nullable: true),
                    target = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profile_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "representations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Barcode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UsageType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Library = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AccessRightsPolicy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Remote = table.Column<bool>(type: "boolean", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_representations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scan_stations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Department = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Library = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Location = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    KeyIssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scan_stations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "staff_account_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_account_claims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "staff_account_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProviderKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_account_logins", x => new { x.LoginProvider, x.ProviderKey });
                });

            migrationBuilder.CreateTable(
                name: "staff_account_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_account_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                });

            migrationBuilder.CreateTable(
                name: "staff_accounts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_bookmarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Group = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_bookmarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_definitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DefinitionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActivityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_instances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CorrelationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ParentInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<string>(type: "text", nullable: false),
                    Fault = table.Column<string>(type: "text", nullable: true),
                    Result = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StoragePath = table.Column<string>(type: "text", nullable: false),
                    Url = table.Column<string>(type: "text", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_attachments_digitization_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "digitization_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lending_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LendingRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChildInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkedRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Dismissed = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lending_alerts", x => new { x.LendingRequestId, x.Id });
                    table.ForeignKey(
                        name: "FK_lending_alerts_lending_requests_LendingRequestId",
                        column: x => x.LendingRequestId,
                        principalTable: "lending_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lending_communications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LendingRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    To = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Sender = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lending_communications", x => new { x.LendingRequestId, x.Id });
                    table.ForeignKey(
                        name: "FK_lending_communications_lending_requests_LendingRequestId",
                        column: x => x.LendingRequestId,
                        principalTable: "lending_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lending_digital_shipments",
                columns: table => new
                {
                    LendingRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Url = table.Column<string>(type: "text", nullable: true),
                    MaxAccessCount = table.Column<int>(type: "integer", nullable: true),
                    AvailableUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TermsOfUse = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lending_digital_shipments", x => x.LendingRequestId);
                    table.ForeignKey(
                        name: "FK_lending_digital_shipments_lending_requests_LendingRequestId",
                        column: x => x.LendingRequestId,
                        principalTable: "lending_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lending_iso_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LendingRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReasonForMessage = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true),
                    AnswerYesNo = table.Column<bool>(type: "boolean", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lending_iso_messages", x => new { x.LendingRequestId, x.Id });
                    table.ForeignKey(
                        name: "FK_lending_iso_messages_lending_requests_LendingRequestId",
                        column: x => x.LendingRequestId,
                        principalTable: "lending_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lending_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LendingRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Author = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lending_notes", x => new { x.LendingRequestId, x.Id });
                    table.ForeignKey(
                        name: "FK_lending_notes_lending_requests_LendingRequestId",
                        column: x => x.LendingRequestId,
                        principalTable: "lending_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "move_status_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MoveRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_move_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_move_status_changes_move_requests_MoveRequestId",
                        column: x => x.MoveRequestId,
                        principalTable: "move_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "representation_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RepresentationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StoragePath = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_representation_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_representation_files_representations_RepresentationId",
                        column: x => x.RepresentationId,
                        principalTable: "representations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_account_roles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Scope = table.Column<List<string>>(type: "text[]", nullable: false),
                    AccountId = table.Column<string>(type: "character varying(64)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_account_roles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staff_account_roles_staff_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "staff_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lending_shipped_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DigitalShipmentLendingRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    ContentType = table.Column<string>(type: "text", nullable: false),
                    StoragePath = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lending_shipped_files", x => new { x.DigitalShipmentLendingRequestId, x.Id });
                    table.ForeignKey(
                        name: "FK_lending_shipped_files_lending_digital_shipments_DigitalShip~",
                        column: x => x.DigitalShipmentLendingRequestId,
                        principalTable: "lending_digital_shipments",
                        principalColumn: "LendingRequestId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approval_requests_RequestId",
                table: "approval_requests",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_approval_requests_Status",
                table: "approval_requests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_attachments_RequestId",
                table: "attachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_delivery_links_RequestId",
                table: "delivery_links",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_digitization_requests_item_barcode",
                table: "digitization_requests",
                column: "item_barcode");

            migrationBuilder.CreateIndex(
                name: "IX_digitization_requests_Status",
                table: "digitization_requests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_document_delivery_rules_Name",
                table: "document_delivery_rules",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lending_requests_CreatedAt",
                table: "lending_requests",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_lending_requests_Status",
                table: "lending_requests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_move_requests_Barcode",
                table: "move_requests",
                column: "Barcode");

            migrationBuilder.CreateIndex(
                name: "IX_move_requests_CreatedAt",
                table: "move_requests",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_move_status_changes_MoveRequestId",
                table: "move_status_changes",
                column: "MoveRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SentAt_NextAttemptAt",
                table: "outbox_messages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_profile_rules_Name",
                table: "profile_rules",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_representation_files_RepresentationId",
                table: "representation_files",
                column: "RepresentationId");

            migrationBuilder.CreateIndex(
                name: "IX_representations_Barcode",
                table: "representations",
                column: "Barcode");

            migrationBuilder.CreateIndex(
                name: "IX_representations_RequestId",
                table: "representations",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_scan_stations_KeyHash",
                table: "scan_stations",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_staff_account_claims_UserId",
                table: "staff_account_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_staff_account_logins_UserId",
                table: "staff_account_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_staff_account_roles_AccountId",
                table: "staff_account_roles",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_staff_accounts_NormalizedEmail",
                table: "staff_accounts",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_staff_accounts_NormalizedUserName",
                table: "staff_accounts",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflow_bookmarks_DueAt",
                table: "workflow_bookmarks",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_bookmarks_InstanceId",
                table: "workflow_bookmarks",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_bookmarks_Name_Key_CreatedAt",
                table: "workflow_bookmarks",
                columns: new[] { "Name", "Key", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_definitions_DefinitionId_Version",
                table: "workflow_definitions",
                columns: new[] { "DefinitionId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflow_history_InstanceId_Sequence",
                table: "workflow_history",
                columns: new[] { "InstanceId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflow_instances_CorrelationId",
                table: "workflow_instances",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_instances_ParentInstanceId",
                table: "workflow_instances",
                column: "ParentInstanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approval_requests");

            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropTable(
                name: "catalogue_items");

            migrationBuilder.DropTable(
                name: "delivery_links");

            migrationBuilder.DropTable(
                name: "departments");

            migrationBuilder.DropTable(
                name: "document_delivery_rules");

            migrationBuilder.DropTable(
                name: "lending_alerts");

            migrationBuilder.DropTable(
                name: "lending_communications");

            migrationBuilder.DropTable(
                name: "lending_iso_messages");

            migrationBuilder.DropTable(
                name: "lending_notes");

            migrationBuilder.DropTable(
                name: "lending_shipped_files");

            migrationBuilder.DropTable(
                name: "move_status_changes");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "patron_limits");

            migrationBuilder.DropTable(
                name: "profile_rules");

            migrationBuilder.DropTable(
                name: "representation_files");

            migrationBuilder.DropTable(
                name: "scan_stations");

            migrationBuilder.DropTable(
                name: "staff_account_claims");

            migrationBuilder.DropTable(
                name: "staff_account_logins");

            migrationBuilder.DropTable(
                name: "staff_account_roles");

            migrationBuilder.DropTable(
                name: "staff_account_tokens");

            migrationBuilder.DropTable(
                name: "workflow_bookmarks");

            migrationBuilder.DropTable(
                name: "workflow_definitions");

            migrationBuilder.DropTable(
                name: "workflow_history");

            migrationBuilder.DropTable(
                name: "workflow_instances");

            migrationBuilder.DropTable(
                name: "digitization_requests");

            migrationBuilder.DropTable(
                name: "lending_digital_shipments");

            migrationBuilder.DropTable(
                name: "move_requests");

            migrationBuilder.DropTable(
                name: "representations");

            migrationBuilder.DropTable(
                name: "staff_accounts");

            migrationBuilder.DropTable(
                name: "lending_requests");
        }
    }
}
