using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IsoReceivedRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "iso_received_requests",
                columns: table => new
                {
                    PartnerCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RequestingAgencyRequestId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LendingRequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_iso_received_requests", x => new { x.PartnerCode, x.RequestingAgencyRequestId });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "iso_received_requests");
        }
    }
}
