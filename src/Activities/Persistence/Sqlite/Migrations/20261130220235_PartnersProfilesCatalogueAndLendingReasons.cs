using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PartnersProfilesCatalogueAndLendingReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InternalRejectionReason",
                table: "lending_requests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Issn",
                table: "catalogue_items",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MaterialType",
                table: "catalogue_items",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "lending_reasons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    List = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lending_reasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lending_workflow_profiles",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AwaitDigitalReceipt = table.Column<bool>(type: "INTEGER", nullable: false),
                    WillSupplyStep = table.Column<bool>(type: "INTEGER", nullable: false),
                    ManualRenewStep = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReactivateStep = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsoCheckInMessage = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lending_workflow_profiles", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "resource_sharing_partners",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProfileType = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    IsoSymbol = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IsoEndpoint = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SharedSecret = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WorkflowProfile = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resource_sharing_partners", x => x.Code);
                    table.ForeignKey(
                        name: "FK_resource_sharing_partners_lending_workflow_profiles_WorkflowProfile",
                        column: x => x.WorkflowProfile,
                        principalTable: "lending_workflow_profiles",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lending_reasons_List_Position",
                table: "lending_reasons",
                columns: new[] { "List", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_resource_sharing_partners_WorkflowProfile",
                table: "resource_sharing_partners",
                column: "WorkflowProfile");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lending_reasons");

            migrationBuilder.DropTable(
                name: "resource_sharing_partners");

            migrationBuilder.DropTable(
                name: "lending_workflow_profiles");

            migrationBuilder.DropColumn(
                name: "InternalRejectionReason",
                table: "lending_requests");

            migrationBuilder.DropColumn(
                name: "Issn",
                table: "catalogue_items");

            migrationBuilder.DropColumn(
                name: "MaterialType",
                table: "catalogue_items");
        }
    }
}
