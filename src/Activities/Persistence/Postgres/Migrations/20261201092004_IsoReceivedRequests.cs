using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Postgres.Migrations
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
                    PartnerCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RequestingAgencyRequestId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LendingRequestId = table.Column<Guid>(type: "uuid", nullable: false)
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
