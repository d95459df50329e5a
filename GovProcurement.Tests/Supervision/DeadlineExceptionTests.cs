using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Exports;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Reporting;
using GovProcurement.Tests.Reporting;
using GovProcurement.Domain.Supervision;
using GovProcurement.Tests.Contracts;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Supervision;

/// <summary>
/// The contract, challenge and complaint periods in the regulator's exceptions, on both sides of each last day on
/// the 2026 calendar: National Day 10-01 to 10-07 is a holiday and Saturday 10-10 a make-up working day. A Jiangmen
/// record is shown to Jiangmen's finance department and not to Heshan's.
/// </summary>
public sealed class DeadlineExceptionTests : IAsyncLifetime
{
    private const string Jiangmen = "440700cz";
    private const string Heshan = "440784cz";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 9, 1, 1, 0, 0, TimeSpan.Zero));
    private TestStore store = default!;
    private ProjectScenario projects = default!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(demoData: true, time: time);
        projects = new ProjectScenario(store.Services);
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    /// <summary>Moves the clock to 09:00 Beijing time of the day and lists what the finance department sees.</summary>
    private async Task<IReadOnlyList<SupervisionException>> SeenOnAsync(DateOnly day, string regulator = Jiangmen)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);
        if (at > time.GetUtcNow())
        {
            time.SetUtcNow(at);
        }

        return await store.Get<SupervisionExceptions>().ListAsync(await projects.ActorAsync(regulator));
    }

    private static bool About(SupervisionException e, Guid id, ExceptionKind kind) => e.Kind == kind && e.Key.Contains(id.ToString("N"), StringComparison.Ordinal);

    private async Task<GovContract> SaveAsync(DateOnly awardedOn, Action<GovContract> steps, string region = ContractScenario.Region)
    {
        var unit = (await projects.ActorAsync(ProjectScenario.Operator)).RequireOrganization();
        var supplier = (await projects.ActorAsync(ProjectScenario.SmallSupplier)).RequireOrganization();
        var origin = new ContractOrigin(ContractSource.MallOrder, null, "", null, "DD-2026-0001", "台式计算机", "JH-2026-001", region, unit, "江门市第一中学",
            supplier, "江门市小企物业有限公司", Money.FromYuan(48_000m), awardedOn, GovProcurement.Domain.Catalogue.ProcurementCategory.Goods);
        var contract = GovContract.Draft(origin, ContractScenario.Draft(), ContractScenario.Terms(awardedOn), "operator", ContractScenario.At(awardedOn));
        steps(contract);
        await using var db = store.Db();
        db.Contracts.Add(contract);
        await db.SaveChangesAsync();
        return contract;
    }

    private static void SignOn(GovContract c, DateOnly day)
    {
        c.Send();
        c.Confirm(ContractParty.Purchaser, "operator", ContractScenario.At(day));
        c.Confirm(ContractParty.Supplier, "supplier", ContractScenario.At(day));
    }

    [Fact]
    public async Task An_unsigned_contract_is_overdue_the_day_after_its_30_days_moved_past_national_day()
    {
        // Awarded 09-03: the thirtieth day, 10-03, is a holiday; the period runs to Thursday 10-08.
        var unsigned = await SaveAsync(new DateOnly(2026, 9, 3), c => c.Send());
        var signed = await SaveAsync(new DateOnly(2026, 9, 3), c => SignOn(c, new DateOnly(2026, 9, 30)));

        Assert.DoesNotContain(await SeenOnAsync(new DateOnly(2026, 10, 8)), e => About(e, unsigned.Id, ExceptionKind.ContractSigningOverdue));
        var seen = await SeenOnAsync(new DateOnly(2026, 10, 9));
        var late = Assert.Single(seen, e => About(e, unsigned.Id, ExceptionKind.ContractSigningOverdue));
        Assert.Contains("2026-10-08", late.Detail.Zh);
        Assert.Contains("第四十六条", late.Detail.Zh);
        Assert.Equal(new DateOnly(2026, 10, 9), late.DetectedOn);
        Assert.DoesNotContain(seen, e => e.Key.Contains(signed.Id.ToString("N"), StringComparison.Ordinal) && e.Kind == ExceptionKind.ContractSigningOverdue);
        Assert.DoesNotContain(await SeenOnAsync(new DateOnly(2026, 10, 9), Heshan), e => About(e, unsigned.Id, ExceptionKind.ContractSigningOverdue));
    }

    [Fact]
    public async Task Announcement_and_filing_count_working_days_across_the_holiday_and_the_make_up_saturday()
    {
        // Signed Tuesday 09-29: announced by the second working day 10-08, filed by the seventh, 10-14 (Saturday 10-10 counted).
        var open = await SaveAsync(new DateOnly(2026, 9, 10), c => SignOn(c, new DateOnly(2026, 9, 29)));
        var announced = await SaveAsync(new DateOnly(2026, 9, 10), c =>
        {
            SignOn(c, new DateOnly(2026, 9, 29));
            c.Publish(null, ContractScenario.At(new DateOnly(2026, 10, 8)));
        });
        var elsewhere = await SaveAsync(new DateOnly(2026, 9, 10), c => SignOn(c, new DateOnly(2026, 9, 29)), region: "440100");

        var onDueDay = await SeenOnAsync(new DateOnly(2026, 10, 8));
        Assert.DoesNotContain(onDueDay, e => About(e, open.Id, ExceptionKind.ContractPublicationOverdue));

        var dayAfter = await SeenOnAsync(new DateOnly(2026, 10, 9));
        var late = Assert.Single(dayAfter, e => About(e, open.Id, ExceptionKind.ContractPublicationOverdue));
        Assert.Contains("2026-10-08", late.Detail.Zh);
        Assert.Contains("第五十条", late.Detail.Zh);
        Assert.DoesNotContain(dayAfter, e => About(e, announced.Id, ExceptionKind.ContractPublicationOverdue));
        Assert.DoesNotContain(dayAfter, e => About(e, elsewhere.Id, ExceptionKind.ContractPublicationOverdue));
        Assert.DoesNotContain(await SeenOnAsync(new DateOnly(2026, 10, 9), Heshan), e => About(e, open.Id, ExceptionKind.ContractPublicationOverdue));

        var filingDay = await SeenOnAsync(new DateOnly(2026, 10, 14));
        Assert.DoesNotContain(filingDay, e => About(e, open.Id, ExceptionKind.ContractFilingOverdue));
        Assert.DoesNotContain(filingDay, e => About(e, announced.Id, ExceptionKind.ContractFilingOverdue));
        var afterFiling = await SeenOnAsync(new DateOnly(2026, 10, 15));
        var notFiled = Assert.Single(afterFiling, e => About(e, announced.Id, ExceptionKind.ContractFilingOverdue));
        Assert.Contains("2026-10-14", notFiled.Detail.Zh);
        Assert.Contains("第四十七条", notFiled.Detail.Zh);
        Assert.Single(afterFiling, e => About(e, open.Id, ExceptionKind.ContractFilingOverdue));
        Assert.DoesNotContain(afterFiling, e => About(e, elsewhere.Id, ExceptionKind.ContractFilingOverdue));
    }

    [Fact]
    public async Task Unanswered_challenges_and_unchecked_or_undecided_complaints_are_overdue_the_day_after_their_period()
    {
        var projectId = await projects.PreparedProjectAsync();
        var unit = (await projects.ActorAsync(ProjectScenario.Operator)).RequireOrganization();
        var agency = (await projects.ActorAsync(ProjectScenario.Agency)).RequireOrganization();
        var supplier = (await projects.ActorAsync(ProjectScenario.SmallSupplier)).RequireOrganization();
        var parties = new ChallengeParties(projectId, "JM-P1", ProjectScenario.Title, 1, ContractScenario.Region, unit, agency, supplier, "江门市小企物业有限公司");
        var filed = ContractScenario.At(new DateOnly(2026, 9, 29));
        var challenge = new Challenge(parties, ChallengeSubject.Result, "评分错误", new DateOnly(2026, 9, 29), "supplier", filed);
        var answered = new Challenge(parties, ChallengeSubject.Procedure, "开标程序违规", new DateOnly(2026, 9, 29), "supplier", filed);
        answered.Reply(false, "经复核，程序合规。", "agency", ContractScenario.At(new DateOnly(2026, 9, 30)));
        var answeredToo = new Challenge(parties, ChallengeSubject.Documents, "采购文件含倾向性条款", new DateOnly(2026, 9, 29), "supplier", filed);
        answeredToo.Reply(false, "经复核，条款合规。", "agency", ContractScenario.At(new DateOnly(2026, 9, 30)));
        var unchecked_ = new Complaint(answered, "请求重新开标", "supplier", filed);
        var accepted = new Complaint(answeredToo, "请求修改采购文件", "supplier", filed);
        accepted.Accept("finance", ContractScenario.At(new DateOnly(2026, 9, 30)));
        await using (var db = store.Db())
        {
            db.Challenges.AddRange(challenge, answered, answeredToo);
            db.Complaints.AddRange(unchecked_, accepted);
            await db.SaveChangesAsync();
        }

        // The check: five working days to 10-12; the answer: seven to 10-14 (the make-up Saturday counted).
        Assert.DoesNotContain(await SeenOnAsync(new DateOnly(2026, 10, 12)), e => About(e, unchecked_.Id, ExceptionKind.ComplaintCheckOverdue));
        var afterCheck = await SeenOnAsync(new DateOnly(2026, 10, 13));
        var notChecked = Assert.Single(afterCheck, e => About(e, unchecked_.Id, ExceptionKind.ComplaintCheckOverdue));
        Assert.Contains("2026-10-12", notChecked.Detail.Zh);
        Assert.Contains("第二十一条", notChecked.Detail.Zh);
        Assert.Equal(new DateOnly(2026, 10, 13), notChecked.DetectedOn);
        Assert.DoesNotContain(afterCheck, e => About(e, unchecked_.Id, ExceptionKind.ComplaintDecisionOverdue));
        Assert.DoesNotContain(afterCheck, e => About(e, accepted.Id, ExceptionKind.ComplaintCheckOverdue) || About(e, accepted.Id, ExceptionKind.ComplaintDecisionOverdue));

        Assert.DoesNotContain(await SeenOnAsync(new DateOnly(2026, 10, 14)), e => About(e, challenge.Id, ExceptionKind.ChallengeAnswerOverdue));
        var afterAnswer = await SeenOnAsync(new DateOnly(2026, 10, 15));
        var late = Assert.Single(afterAnswer, e => About(e, challenge.Id, ExceptionKind.ChallengeAnswerOverdue));
        Assert.Contains("2026-10-14", late.Detail.Zh);
        Assert.Contains("第十三条", late.Detail.Zh);
        Assert.DoesNotContain(afterAnswer, e => About(e, answered.Id, ExceptionKind.ChallengeAnswerOverdue));
        Assert.DoesNotContain(await SeenOnAsync(new DateOnly(2026, 10, 15), Heshan), e => e.Kind is ExceptionKind.ChallengeAnswerOverdue or ExceptionKind.ComplaintCheckOverdue or ExceptionKind.ComplaintDecisionOverdue);

        var decisionDue = WorkingDayCalendar.China.AddWorkingDays(new DateOnly(2026, 9, 29), 30);
        Assert.DoesNotContain(await SeenOnAsync(decisionDue), e => About(e, accepted.Id, ExceptionKind.ComplaintDecisionOverdue));
        var undecided = Assert.Single(await SeenOnAsync(decisionDue.AddDays(1)), e => About(e, accepted.Id, ExceptionKind.ComplaintDecisionOverdue));
        Assert.Contains(decisionDue.ToString("yyyy-MM-dd"), undecided.Detail.Zh);
    }

    [Fact]
    public async Task The_contract_register_the_filing_report_and_the_raw_export_read_back()
    {
        var filed = await SaveAsync(new DateOnly(2026, 9, 10), c =>
        {
            SignOn(c, new DateOnly(2026, 9, 29));
            c.Publish(null, ContractScenario.At(new DateOnly(2026, 10, 8)));
            c.File("finance", ContractScenario.At(new DateOnly(2026, 10, 15)));
        });
        var unsigned = await SaveAsync(new DateOnly(2026, 9, 10), c => { });
        var heshan = await SaveAsync(new DateOnly(2026, 9, 10), c => SignOn(c, new DateOnly(2026, 9, 29)), region: "440784");
        await SaveAsync(new DateOnly(2026, 9, 10), c => SignOn(c, new DateOnly(2026, 9, 29)), region: "440100");
        await SeenOnAsync(new DateOnly(2026, 10, 16));

        var register = (await WriteAsync(ExportKind.ContractRegister)).Worksheet(1);
        Assert.Equal(ContractRegister.Title, register.Cell(1, 1).GetString());
        var headers = register.Row(ReportWorkbook.HeaderRow).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var rows = Enumerable.Range(ReportWorkbook.HeaderRow + 1, 3).Select(register.Row).ToDictionary(r => r.Cell(headers["合同编号"]).GetString());
        Assert.Equal(new[] { filed.Number, unsigned.Number, heshan.Number }.Order(), rows.Keys.Order());
        var filedRow = rows[filed.Number];
        Assert.Equal("已备案", filedRow.Cell(headers["合同状态"]).GetString());
        Assert.Equal("江门市第一中学", filedRow.Cell(headers["采购人"]).GetString());
        Assert.Equal("否", filedRow.Cell(headers["公告是否逾期"]).GetString());
        Assert.Equal("是", filedRow.Cell(headers["备案是否逾期"]).GetString());
        Assert.Equal(new DateTime(2026, 10, 14), filedRow.Cell(headers["备案期限"]).GetDateTime());
        Assert.Equal(48_000m, filedRow.Cell(headers["合同金额"]).GetValue<decimal>());
        Assert.Equal("草稿", rows[unsigned.Number].Cell(headers["合同状态"]).GetString());
        Assert.Equal("", rows[unsigned.Number].Cell(headers["公告是否逾期"]).GetString());

        var filing = (await WriteAsync(ExportKind.ContractFilingReport)).Worksheet(1);
        Assert.Equal(ContractRegister.FilingTitle, filing.Cell(1, 1).GetString());
        var columns = filing.Row(ReportWorkbook.HeaderRow).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var own = filing.Row(ReportWorkbook.HeaderRow + 1);
        var county = filing.Row(ReportWorkbook.HeaderRow + 2);
        Assert.Equal(RegionDirectory.Guangdong.PathName("440700"), own.Cell(columns["地区"]).GetString());
        Assert.Equal((2, 1, 1, 1, 0), (own.Cell(columns["合同数"]).GetValue<int>(), own.Cell(columns["已备案"]).GetValue<int>(), own.Cell(columns["未签订"]).GetValue<int>(),
            own.Cell(columns["备案逾期"]).GetValue<int>(), own.Cell(columns["公告逾期"]).GetValue<int>()));
        Assert.Equal(RegionDirectory.Guangdong.PathName("440784"), county.Cell(columns["地区"]).GetString());
        Assert.Equal((1, 1, 1), (county.Cell(columns["已签订待公告"]).GetValue<int>(), county.Cell(columns["公告逾期"]).GetValue<int>(), county.Cell(columns["备案逾期"]).GetValue<int>()));

        var raw = (await WriteAsync(ExportKind.RawContracts)).Worksheet(1);
        var rawHeaders = raw.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        Assert.Equal(4, raw.RowsUsed().Count());
        Assert.Contains(filed.Digest, Enumerable.Range(2, 3).Select(r => raw.Cell(r, rawHeaders["合同文本摘要（SHA-256）"]).GetString()));
    }

    private async Task<ClosedXML.Excel.XLWorkbook> WriteAsync(ExportKind kind)
    {
        var job = new ExportJob(Jiangmen, kind, "合同", "合同.xlsx", ExportFilters.None, time.GetUtcNow().UtcDateTime);
        var output = new MemoryStream();
        await store.Get<IExportWriter>().WriteAsync(job, output, new Progress<long>(), CancellationToken.None);
        ReportSheet.AssertNoFormulaAnywhere(output.ToArray());
        return ReportSheet.Open(output.ToArray());
    }
}
