using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EMallBidding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OldPlatformRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    CarriedOutOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OldPlatformRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OldPlatformRecords_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OldPlatformRecords_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnlineBiddings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(48)", unicode: false, maxLength: 48, nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", unicode: false, maxLength: 6, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Ceiling = table.Column<long>(type: "bigint", nullable: false),
                    DeliveryPlace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeliverBy = table.Column<DateOnly>(type: "date", nullable: false),
                    OpensUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosesUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MinimumQuotes = table.Column<int>(type: "integer", nullable: false),
                    MinimumQuotesCitation = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ConfirmationHours = table.Column<int>(type: "integer", nullable: false),
                    ConfirmationCitation = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PostedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PostedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OfferedQuoteId = table.Column<Guid>(type: "uuid", nullable: true),
                    AwardedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResultNotedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    QuoteCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnlineBiddings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnlineBiddings_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnlineBiddings_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnlineBiddings_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanLineBalances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Planned = table.Column<long>(type: "bigint", nullable: false),
                    Consumed = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanLineBalances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanLineBalances_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanLineBalances_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BiddingItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    CatalogueCode = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Specification = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BiddingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BiddingItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BiddingItems_OnlineBiddings_BiddingId",
                        column: x => x.BiddingId,
                        principalTable: "OnlineBiddings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BiddingQuotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BiddingId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplierId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplierName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Price = table.Column<long>(type: "bigint", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    InvalidReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OfferedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmDueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BiddingQuotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BiddingQuotes_OnlineBiddings_BiddingId",
                        column: x => x.BiddingId,
                        principalTable: "OnlineBiddings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BiddingQuotes_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanLineEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BalanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Use = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GivenBackUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GivenBackBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanLineEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanLineEntry_PlanLineBalances_BalanceId",
                        column: x => x.BalanceId,
                        principalTable: "PlanLineBalances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BiddingItems_BiddingId",
                table: "BiddingItems",
                column: "BiddingId");

            migrationBuilder.CreateIndex(
                name: "IX_BiddingQuotes_BiddingId_SupplierId",
                table: "BiddingQuotes",
                columns: new[] { "BiddingId", "SupplierId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BiddingQuotes_SupplierId",
                table: "BiddingQuotes",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_OldPlatformRecords_PlanId",
                table: "OldPlatformRecords",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_OldPlatformRecords_PlanItemId",
                table: "OldPlatformRecords",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_OnlineBiddings_Number",
                table: "OnlineBiddings",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnlineBiddings_PlanId",
                table: "OnlineBiddings",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_OnlineBiddings_PlanItemId",
                table: "OnlineBiddings",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_OnlineBiddings_Status_ClosesUtc",
                table: "OnlineBiddings",
                columns: new[] { "Status", "ClosesUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OnlineBiddings_UnitId_PostedUtc",
                table: "OnlineBiddings",
                columns: new[] { "UnitId", "PostedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanLineBalances_PlanId",
                table: "PlanLineBalances",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanLineBalances_PlanItemId",
                table: "PlanLineBalances",
                column: "PlanItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanLineEntry_BalanceId",
                table: "PlanLineEntry",
                column: "BalanceId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanLineEntry_SourceId",
                table: "PlanLineEntry",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BiddingItems");

            migrationBuilder.DropTable(
                name: "BiddingQuotes");

            migrationBuilder.DropTable(
                name: "OldPlatformRecords");

            migrationBuilder.DropTable(
                name: "PlanLineEntry");

            migrationBuilder.DropTable(
                name: "OnlineBiddings");

            migrationBuilder.DropTable(
                name: "PlanLineBalances");
        }
    }
}
