using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CommodityLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Listings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CatalogueCode = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Proposed_Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Proposed_Brand = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Proposed_Model = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Proposed_Specification = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Proposed_Unit = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Proposed_Price = table.Column<long>(type: "bigint", nullable: false),
                    Proposed_Initials = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    Approved_Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Approved_Brand = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Approved_Model = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Approved_Specification = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Approved_Unit = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Approved_Price = table.Column<long>(type: "bigint", nullable: false),
                    Approved_Initials = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    ApprovedVersion = table.Column<int>(type: "int", nullable: false),
                    OnSale = table.Column<bool>(type: "bit", nullable: false),
                    Stock = table.Column<int>(type: "int", nullable: true),
                    DeliveryDays = table.Column<int>(type: "int", nullable: false),
                    ReturnReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Listings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Listings_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ListingAreas",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "varchar(6)", unicode: false, maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListingAreas", x => new { x.ListingId, x.RegionCode });
                    table.ForeignKey(
                        name: "FK_ListingAreas_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ListingFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListingFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListingFiles_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ListingFiles_StoredFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ListingAreas_RegionCode",
                table: "ListingAreas",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ListingFiles_FileId",
                table: "ListingFiles",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_ListingFiles_ListingId",
                table: "ListingFiles",
                column: "ListingId");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_Approved_Initials",
                table: "Listings",
                column: "Approved_Initials");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_Approved_Price",
                table: "Listings",
                column: "Approved_Price");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_OnSale_CatalogueCode",
                table: "Listings",
                columns: new[] { "OnSale", "CatalogueCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Listings_Proposed_Initials",
                table: "Listings",
                column: "Proposed_Initials");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_Proposed_Price",
                table: "Listings",
                column: "Proposed_Price");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_Status_SubmittedUtc",
                table: "Listings",
                columns: new[] { "Status", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Listings_SupplierId_UpdatedUtc",
                table: "Listings",
                columns: new[] { "SupplierId", "UpdatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ListingAreas");

            migrationBuilder.DropTable(
                name: "ListingFiles");

            migrationBuilder.DropTable(
                name: "Listings");
        }
    }
}
