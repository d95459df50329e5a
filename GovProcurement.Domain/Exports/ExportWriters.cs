using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Reporting;
using GovProcurement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Exports;

/// <summary>
/// Writes every kind of export from its stored kind and filters, as its owner: the owner's account,
/// organisation and roles are read again when the export runs, so a disabled account or a lost role
/// writes nothing.
/// </summary>
public sealed class ExportWriters(
    IDbContextFactory<GovProcurementDbContext> store,
    SupervisionReports reports,
    RawExports raw,
    EMallReports emallReports,
    EMallRawExports emallRaw,
    AuctionRawExport auctionRaw,
    Complaints.ChallengeRegister challengeRegister,
    Acceptance.AcceptanceRegister acceptanceRegister,
    Contracts.ContractRegister contractRegister,
    Payments.PaymentRegister paymentRegister,
    Bonds.BondRegister bondRegister,
    PlanQueries plans,
    TimeProvider time) : IExportWriter
{
    /// <summary>The plan filing register stops here, like every styled report.</summary>
    public const int FilingRegisterMaxRows = SupervisionReports.MaxRows;

    private const int PageSize = 200;

    public async Task<long> WriteAsync(ExportJob job, Stream output, IProgress<long> progress, CancellationToken ct)
    {
        var actor = await OwnerAsync(job.Owner, ct);
        var filters = job.ReadFilters();
        var today = time.TodayInChina();
        return job.Kind switch
        {
            <= ExportKind.ExceptionsReport => await reports.WriteAsync((SupervisionReport)job.Kind, actor, filters.PeriodOr(today), output, progress, ct),
            ExportKind.FilingRegister => await FilingRegisterAsync(actor, filters.Status, output, progress, ct),
            ExportKind.RawPlans => await raw.PlansAsync(output, actor, null, progress, ct),
            ExportKind.RawIntentions => await raw.IntentionsAsync(output, actor, progress, ct),
            ExportKind.RawProjects => await raw.ProjectsAsync(output, actor, progress, ct),
            ExportKind.PlanSlice => await raw.PlansAsync(output, actor, filters.Slice(today), progress, ct),
            >= ExportKind.EMallRegions and <= ExportKind.EMallPriceFlags => await emallReports.WriteAsync((EMallReport)job.Kind, actor, filters.PeriodOr(today), output, progress, ct),
            ExportKind.RawMallOrders => await emallRaw.OrdersAsync(output, actor, progress, ct),
            ExportKind.RawMallBiddings => await emallRaw.BiddingsAsync(output, actor, progress, ct),
            ExportKind.RawMallAuctions => await auctionRaw.WriteAsync(output, actor, progress, ct),
            ExportKind.ChallengeRegister => await challengeRegister.WriteRegisterAsync(output, actor, progress, ct),
            ExportKind.RawChallenges => await challengeRegister.WriteRawAsync(output, actor, progress, ct),
            ExportKind.AcceptanceRegister => await acceptanceRegister.WriteRegisterAsync(output, actor, progress, ct),
            ExportKind.RawAcceptances => await acceptanceRegister.WriteRawAsync(output, actor, progress, ct),
            ExportKind.ContractRegister => await contractRegister.WriteRegisterAsync(output, actor, progress, ct),
            ExportKind.ContractFilingReport => await contractRegister.WriteFilingAsync(output, actor, progress, ct),
            ExportKind.RawContracts => await contractRegister.WriteRawAsync(output, actor, progress, ct),
            ExportKind.PaymentRegister => await paymentRegister.WriteRegisterAsync(output, actor, progress, ct),
            ExportKind.RawPayments => await paymentRegister.WriteRawAsync(output, actor, progress, ct),
            ExportKind.ArrearsDisclosure => await paymentRegister.WriteArrearsAsync(output, actor, filters.PeriodOr(today).To.Year, progress, ct),
            ExportKind.BondRegister => await bondRegister.WriteRegisterAsync(output, actor, progress, ct),
            ExportKind.RawBonds => await bondRegister.WriteRawAsync(output, actor, progress, ct),
            _ => throw new DomainException("未知的导出类型。", "Unknown export kind."),
        };
    }

    /// <summary>The plan filing register of the owner's plan list, filtered by status, newest first.</summary>
    private async Task<long> FilingRegisterAsync(Actor actor, PlanStatus? status, Stream output, IProgress<long> progress, CancellationToken ct)
    {
        var rows = new List<PlanRegisterRow>();
        PlanCursor? after = null;
        while (rows.Count < FilingRegisterMaxRows)
        {
            var page = await plans.ListAsync(actor, new PlanListQuery(status, Take: PageSize, After: after, CountTotal: false), ct);
            rows.AddRange(page.Items.Take(FilingRegisterMaxRows - rows.Count).Select(PlanFilingRegister.From));
            if (page.Items.Count < PageSize)
            {
                break;
            }

            after = page.Items[^1].Cursor;
        }

        var filters = status is { } s ? ProcurementPlan.StatusText(s).Zh : "全部状态";
        return ReportWorkbook.Write(output, PlanFilingRegister.Title, PlanFilingRegister.Columns, rows,
            $"本辖区；{filters}；最多 {FilingRegisterMaxRows} 行", time.UtcNow(), progress, ct);
    }

    /// <summary>The owner as the use cases see them, from the account as it is now.</summary>
    private async Task<Actor> OwnerAsync(string userName, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == userName && !u.IsDisabled)
            .Select(u => new { u.Id, u.OrganizationId }).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("导出账号不存在或已停用。", "The export's account no longer exists or is disabled.");
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        return new Actor(userName, user.OrganizationId, roles.Where(Roles.All.Contains).ToHashSet());
    }
}
