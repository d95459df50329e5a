using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

/// <summary>The styled report workbooks a regulator hands to a superior.</summary>
public enum SupervisionReport
{
    PlanRegister = 1,
    IntentionRegister = 2,
    ProjectRegister = 3,
    SmeReport = 4,
    ExceptionsReport = 5,
}

/// <summary>
/// Builds the regulator's report workbooks (ClosedXML, styled, at most <see cref="MaxRows"/> rows)
/// over its jurisdiction and a period. Larger raw data goes through <see cref="RawExports"/>.
/// </summary>
public sealed class SupervisionReports(IDbContextFactory<GovProcurementDbContext> store, SupervisionExceptions exceptions, TimeProvider time)
{
    public const int MaxRows = 20_000;

    public static string FileName(SupervisionReport report) => report switch
    {
        SupervisionReport.PlanRegister => "采购计划备案登记表.xlsx",
        SupervisionReport.IntentionRegister => "采购意向公开登记表.xlsx",
        SupervisionReport.ProjectRegister => "采购项目登记表.xlsx",
        SupervisionReport.SmeReport => "政府采购促进中小企业发展情况表.xlsx",
        _ => "监管异常情况表.xlsx",
    };

    public async Task<(byte[] Workbook, long Rows)> BuildAsync(SupervisionReport report, Actor actor, SupervisionPeriod period, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var rows = await WriteAsync(report, actor, period, buffer, null, ct);
        return (buffer.ToArray(), rows);
    }

    /// <summary>Writes the report to <paramref name="output"/>; returns the number of rows.</summary>
    public async Task<long> WriteAsync(SupervisionReport report, Actor actor, SupervisionPeriod period, Stream output, IProgress<long>? progress, CancellationToken ct)
    {
        period.Check();
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var now = time.UtcNow();
        long Write<T>(string title, IReadOnlyList<ExportColumn<T>> columns, IReadOnlyList<T> rows, string filters) =>
            ReportWorkbook.Write(output, title, columns, rows, filters, now, progress, ct);
        var filters = $"辖区：{RegionDirectory.Guangdong.PathName(scope.RegionCode)}；期间：{period.From:yyyy-MM-dd} 至 {period.To:yyyy-MM-dd}";
        switch (report)
        {
            case SupervisionReport.PlanRegister:
            {
                var rows = await SupervisionQueries.FiledPlans(db, scope, period).OrderBy(p => p.CreatedUtc).Take(MaxRows)
                    .Select(p => new PlanRegisterRow(p.Number, db.Organizations.Where(o => o.Id == p.UnitId).Select(o => o.Name).First(), p.RegionCode, p.Title,
                        ExportLabels.Plan(p.Status), p.Total, p.ExpectedStart, p.UpdatedUtc))
                    .ToListAsync(ct);
                return Write(PlanFilingRegister.Title, PlanFilingRegister.Columns, rows, filters + "；已备案");
            }

            case SupervisionReport.IntentionRegister:
            {
                var rows = (await db.Intentions.AsNoTracking()
                    .Where(i => scope.RegionCodes.Contains(i.RegionCode) && i.CreatedUtc >= period.FromUtc && i.CreatedUtc < period.ToUtcExclusive)
                    .OrderBy(i => i.CreatedUtc).Take(MaxRows)
                    .Join(db.Organizations, i => i.UnitId, o => o.Id, (i, o) => new { i, Unit = o.Name }).ToListAsync(ct))
                    .Select(x => new IntentionRegisterRow(x.Unit, RegionDirectory.Guangdong.PathName(x.i.RegionCode), x.i.ProjectName, x.i.RequirementSummary, x.i.Budget,
                        x.i.ExpectedMonth, x.i.ReservedForSmes, ExportLabels.Intention(x.i.Status), x.i.PublishedUtc))
                    .ToList();
                return Write(IntentionRegister.Title, IntentionRegister.Columns, rows, filters);
            }

            case SupervisionReport.ProjectRegister:
            {
                var rows = await ProjectRowsAsync(db, scope, period, ct);
                return Write(ProjectRegister.Title, ProjectRegister.Columns, rows, filters);
            }

            case SupervisionReport.SmeReport:
            {
                var rows = await SmeRowsAsync(db, scope, period, ct);
                return Write(SmeReport.Title, SmeReport.Columns, rows, filters + "；按公告发布时间统计");
            }

            default:
            {
                var rows = (await exceptions.ListAsync(actor, ct)).Select(e => new ExceptionReportRow(
                    ExportLabels.Exception(e.Kind), RegionDirectory.Guangdong.PathName(e.RegionCode), e.Subject, e.Detail.Zh, e.Amount, e.DetectedOn,
                    e.Review is not null, e.Review?.ReviewedBy, e.Review?.ReviewedUtc, e.Review?.Comment)).Take(MaxRows).ToList();
                return Write(ExceptionsReport.Title, ExceptionsReport.Columns, rows, $"辖区：{RegionDirectory.Guangdong.PathName(scope.RegionCode)}；当前全部异常");
            }
        }
    }

    private static async Task<List<ProjectRegisterRow>> ProjectRowsAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking()
            .Where(p => scope.RegionCodes.Contains(p.RegionCode) && p.CreatedUtc >= period.FromUtc && p.CreatedUtc < period.ToUtcExclusive)
            .OrderBy(p => p.CreatedUtc).Take(MaxRows).ToListAsync(ct);
        var ids = projects.Select(p => p.Id).ToList();
        var results = await db.LotResults.AsNoTracking().InCurrentRounds(db.Projects).Where(r => ids.Contains(r.ProjectId)).ToListAsync(ct);
        var organizationIds = projects.SelectMany(p => new[] { p.PurchaserId, p.AgencyId }).Concat(results.Where(r => r.WinnerSupplierId != null).Select(r => r.WinnerSupplierId!.Value)).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        // Sealed bids are not counted: who bid, and how many, stays confidential until the opening.
        var bids = await db.Bids.AsNoTracking().InCurrentRounds(db.Projects).Where(b => ids.Contains(b.ProjectId) && b.Status == BidStatus.Opened)
            .GroupBy(b => b.ProjectId).Select(g => new { ProjectId = g.Key, Count = g.Select(b => b.SupplierId).Distinct().Count() }).ToListAsync(ct);
        return projects.Select(p =>
        {
            var own = results.Where(r => r.ProjectId == p.Id && r.WinnerSupplierId != null).ToList();
            var bidders = bids.FirstOrDefault(b => b.ProjectId == p.Id)?.Count
                ?? results.Where(r => r.ProjectId == p.Id).Select(r => r.Ranking.Count).DefaultIfEmpty(0).Max();
            return new ProjectRegisterRow(p.Number, p.Title, names.GetValueOrDefault(p.PurchaserId, ""), names.GetValueOrDefault(p.AgencyId, ""),
                RegionDirectory.Guangdong.PathName(p.RegionCode), ExportLabels.Method(p.Method), ExportLabels.Project(p.Status), p.Budget,
                p.CurrentRound.DeadlineUtc, bidders, string.Join("、", own.Select(r => names.GetValueOrDefault(r.WinnerSupplierId!.Value, "")).Distinct()),
                own.Count == 0 ? null : own.Select(r => r.WinningPrice).Total());
        }).ToList();
    }

    private static async Task<List<SmeReportRow>> SmeRowsAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct) =>
        (await SmeFigures.ByRegionAsync(db, scope, period, ct)).Select(r => new SmeReportRow(RegionDirectory.Guangdong.PathName(r.RegionCode), r.Shares.ProjectCount,
            r.Shares.ProjectBudget, r.Shares.ReservedBudget, r.Shares.Awarded, r.Shares.AwardedToSme, r.Shares.AwardedToSmallAndMicro)).ToList();
}

/// <summary>The names of exception kinds in reports and messages.</summary>
public static class SupervisionTexts
{
    public static Bilingual Kind(ExceptionKind kind) => kind switch
    {
        ExceptionKind.PossibleSplitting => new("疑似化整为零", "possible splitting"),
        ExceptionKind.PastDeadline => new("超过法定期限", "past a statutory deadline"),
        ExceptionKind.SingleBidder => new("单一供应商成交", "single bidder"),
        ExceptionKind.ContractSigningOverdue => new("合同签订逾期", "contract signing overdue"),
        ExceptionKind.ContractPublicationOverdue => new("合同公告逾期", "contract announcement overdue"),
        ExceptionKind.ContractFilingOverdue => new("合同备案逾期", "contract filing overdue"),
        ExceptionKind.PaymentOverdueToSme => new("逾期未支付中小企业款项", "payment to an SME overdue"),
        ExceptionKind.BondRefundOverdue => new("保证金退还逾期", "bond refund overdue"),
        ExceptionKind.ChallengeAnswerOverdue => new("质疑答复逾期", "challenge answer overdue"),
        ExceptionKind.ComplaintDecisionOverdue => new("投诉处理逾期", "complaint decision overdue"),
        ExceptionKind.ComplaintCheckOverdue => new("投诉审查逾期", "complaint check overdue"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No label for this exception kind."),
    };
}
