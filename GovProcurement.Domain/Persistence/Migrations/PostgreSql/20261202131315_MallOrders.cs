using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MallOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MallOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(48)", unicode: false, maxLength: 48, nullable: false),
                    Method = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PlanItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanLineNumber = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SupplierId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplierName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", unicode: false, maxLength: 6, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmDueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmationCitation = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeliveredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MallOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MallOrders_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MallOrders_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MallOrders_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MallOrders_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MallOrderLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    ListingId = table.Column<Guid>(type: "uuid", nullable: true),
                    ListingVersion = table.Column<int>(type: "integer", nullable: true),
                    CatalogueCode = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    UnitPrice = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MallOrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MallOrderLines_MallOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "MallOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MallOrderLines_OrderId",
                table: "MallOrderLines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_MallOrders_Number",
                table: "MallOrders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MallOrders_PlanId",
                table: "MallOrders",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_MallOrders_PlanItemId",
                table: "MallOrders",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MallOrders_SourceId",
                table: "MallOrders",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_MallOrders_Status_ConfirmDueUtc",
                table: "MallOrders",
                columns: new[] { "Status", "ConfirmDueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MallOrders_SupplierId_CreatedUtc",
                table: "MallOrders",
                columns: new[] { "SupplierId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MallOrders_UnitId_CreatedUtc",
                table: "MallOrders",
                columns: new[] { "UnitId", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MallOrderLines");

            migrationBuilder.DropTable(
                name: "MallOrders");
        }
    }
}
