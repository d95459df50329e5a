using System.Text.RegularExpressions;
using ClosedXML.Excel;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Exports;
using GovProcurement.Domain.Reporting;
using GovProcurement.Portal.Documents;
using GovProcurement.Tests.Reporting;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace GovProcurement.Tests.Complaints;

/// <summary>
/// What a challenge and a complaint leave in writing, read back: the answer letter as PDF with its digest and QR
/// address, the decision (投诉处理结果公告) as a notice PDF, and the register and raw export as the export queue writes them.
/// </summary>
public sealed class ChallengeDocumentsTests : ProjectScenarioTest
{
    private const string BaseUrl = "https://gdgpo.example";

    private ChallengeScenario s = default!;

    protected override Task ArrangeAsync()
    {
        s = new ChallengeScenario(Store, Scenario, Time);
        return Task.CompletedTask;
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Regex.Replace(string.Concat(document.GetPages().Select(p => p.Text)), @"\s+", "");
    }

    [Fact]
    public async Task The_answer_letter_and_the_published_decision_print_as_PDF_and_the_register_reads_back()
    {
        var (_, _, challengeId, complaintId) = await s.ComplainedAsync();
        var loser = await s.LoserAsync();
        var letter = await s.Challenges.LetterAsync(challengeId, loser);
        var text = Text(ChallengePdfs.AnswerLetter(letter, BaseUrl));
        Assert.Contains("质疑答复函", text);
        Assert.Contains(letter.Challenge.Number, text);
        Assert.Contains("质疑不成立", text);
        Assert.Contains(letter.Challenge.AnswerDigest!, text);
        Assert.Contains("第十七条", text);
        var winner = await s.WinnerAsync();
        await Assert.ThrowsAsync<DomainException>(() => s.Challenges.LetterAsync(challengeId, winner));

        var regulator = await s.RegulatorAsync();
        await s.Complaints.AcceptAsync(complaintId, regulator);
        await s.Complaints.PauseAsync(complaintId, "委托专家评审", regulator);
        Time.Advance(TimeSpan.FromDays(3));
        await s.Complaints.ResumeAsync(complaintId, regulator);
        await s.Complaints.DecideAsync(complaintId, new ComplaintDecisionDraft(ComplaintFinding.Dismissed, ComplaintRemedy.None, "经调查，投诉缺乏事实依据，予以驳回。"), regulator);
        var complaint = (await s.Complaints.GetAsync(complaintId, regulator))!.Complaint;
        await using (var db = Store.Db())
        {
            var notice = await db.Notices.AsNoTracking().SingleAsync(n => n.Id == complaint.NoticeId);
            var noticeText = Text(NoticePdfs.Notice([notice], BaseUrl));
            Assert.Contains("投诉处理结果公告", noticeText);
            Assert.Contains(complaint.Number, noticeText);
            Assert.Contains("驳回", noticeText);
            Assert.Contains(notice.Digest!, noticeText);
        }

        var register = await WriteAsync(ExportKind.ChallengeRegister);
        var sheet = register.Worksheet(1);
        Assert.Equal(ChallengeRegister.Title, sheet.Cell(1, 1).GetString());
        var headers = sheet.Row(ReportWorkbook.HeaderRow).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var row = sheet.Row(ReportWorkbook.HeaderRow + 1);
        Assert.Equal(letter.Challenge.Number, row.Cell(headers["质疑编号"]).GetString());
        Assert.Equal("中标（成交）结果", row.Cell(headers["质疑环节"]).GetString());
        Assert.Equal(complaint.Number, row.Cell(headers["投诉编号"]).GetString());
        Assert.Equal("投诉缺乏事实依据，驳回投诉", row.Cell(headers["处理结论"]).GetString());
        Assert.Equal(complaint.PausedWorkingDays, row.Cell(headers["暂停计时工作日"]).GetValue<int>());
        Assert.True(complaint.PausedWorkingDays > 0);
        Assert.Equal("否", row.Cell(headers["处理是否逾期"]).GetString());

        var raw = (await WriteAsync(ExportKind.RawChallenges)).Worksheet(1);
        var rawHeaders = raw.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        Assert.Equal(2, raw.RowsUsed().Count());
        Assert.Equal(letter.Challenge.Points, raw.Cell(2, rawHeaders["质疑事项"]).GetString());
        Assert.Equal("经调查，投诉缺乏事实依据，予以驳回。", raw.Cell(2, rawHeaders["处理决定"]).GetString());
    }

    private async Task<XLWorkbook> WriteAsync(ExportKind kind)
    {
        var job = new ExportJob("440700cz", kind, "质疑投诉", "质疑投诉.xlsx", ExportFilters.None, Time.GetUtcNow().UtcDateTime);
        var output = new MemoryStream();
        await Store.Get<IExportWriter>().WriteAsync(job, output, new Progress<long>(), CancellationToken.None);
        ReportSheet.AssertNoFormulaAnywhere(output.ToArray());
        return ReportSheet.Open(output.ToArray());
    }
}
