using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Contracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(48)", unicode: false, maxLength: 48, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    LotNumbers = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PlanNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", unicode: false, maxLength: 6, nullable: false),
                    PurchaserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurchaserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PurchaserBankName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PurchaserAccount = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    SupplierId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplierName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SupplierBankName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SupplierAccount = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    Ceiling = table.Column<long>(type: "bigint", nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    PerformanceFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PerformanceTo = table.Column<DateOnly>(type: "date", nullable: false),
                    PerformancePlace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PaymentTermDays = table.Column<int>(type: "integer", nullable: false),
                    LongerTermAgreed = table.Column<bool>(type: "boolean", nullable: false),
                    Sme = table.Column<bool>(type: "boolean", nullable: false),
                    Financing = table.Column<bool>(type: "boolean", nullable: false),
                    ItemsJson = table.Column<string>(type: "character varying(64000)", maxLength: 64000, nullable: false),
                    InstalmentsJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PurchaserConfirmedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PurchaserConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PurchaserDigest = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: true),
                    SupplierConfirmedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SupplierConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SupplierDigest = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    FiledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FiledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_MallOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "MallOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_Organizations_PurchaserId",
                        column: x => x.PurchaserId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Number",
                table: "Contracts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_OrderId",
                table: "Contracts",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ProjectId_SupplierId",
                table: "Contracts",
                columns: new[] { "ProjectId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_PurchaserId_CreatedUtc",
                table: "Contracts",
                columns: new[] { "PurchaserId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_RegionCode_Status",
                table: "Contracts",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_SupplierId_Status",
                table: "Contracts",
                columns: new[] { "SupplierId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Contracts");
        }
    }
}
