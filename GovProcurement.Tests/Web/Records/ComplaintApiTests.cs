using GovProcurement.Tests.ApiClient.Models;
using GovProcurement.Tests.Web.Mall;
using InquiryStatusParameter = GovProcurement.Tests.ApiClient.Inquiries.GetStatusQueryParameterType;

namespace GovProcurement.Tests.Web.Records;

/// <summary>
/// Inquiries, challenges and complaints through /api/v1 and the generated client: the supplier that raised
/// them, the project's purchaser and agency and the region's finance department see them, with their periods
/// and rules; another supplier, another unit and another region's finance department do not.
/// </summary>
public class ComplaintApiTests(ComplaintApiFixture fixture) : IClassFixture<ComplaintApiFixture>
{
    private static readonly string[] Insiders = [MallApiPortal.School, RecordsParties.Agency, MallApiPortal.Regulator];

    [Fact]
    public async Task The_projects_purchaser_agency_and_finance_department_see_every_inquiry_challenge_and_complaint()
    {
        foreach (var insider in Insiders)
        {
            var api = await fixture.ApiAsync(insider);

            var inquiries = await api.Inquiries.GetAsync();
            var challenges = await api.Challenges.GetAsync();
            var complaints = await api.Complaints.GetAsync();

            Assert.Equal([fixture.MicroInquiry.Id, fixture.SmallInquiry.Id], inquiries!.Items!.Select(i => i.Id!.Value));
            Assert.Equal(2, inquiries.TotalCount!.Value);
            Assert.Equal([fixture.Challenge.Id], challenges!.Items!.Select(c => c.Id!.Value));
            Assert.Equal([fixture.Complaint.Id], complaints!.Items!.Select(c => c.Id!.Value));
        }
    }

    [Fact]
    public async Task A_supplier_sees_what_it_raised_and_nothing_another_supplier_raised()
    {
        var small = await fixture.ApiAsync(MallApiPortal.Small);
        var micro = await fixture.ApiAsync(MallApiPortal.Micro);

        var smallInquiries = await small.Inquiries.GetAsync();
        var microInquiries = await micro.Inquiries.GetAsync();
        var microChallenges = await micro.Challenges.GetAsync();
        var microComplaints = await micro.Complaints.GetAsync();
        var microDetail = await Assert.ThrowsAsync<ProblemDetails>(() => micro.Challenges[fixture.Challenge.Id].GetAsync());

        Assert.Equal([fixture.SmallInquiry.Id], smallInquiries!.Items!.Select(i => i.Id!.Value));
        Assert.Equal([fixture.MicroInquiry.Id], microInquiries!.Items!.Select(i => i.Id!.Value));
        Assert.Equal([fixture.Challenge.Id], (await small.Challenges.GetAsync())!.Items!.Select(c => c.Id!.Value));
        Assert.Equal([fixture.Complaint.Id], (await small.Complaints.GetAsync())!.Items!.Select(c => c.Id!.Value));
        Assert.Equal((0, 0), (microChallenges!.Items!.Count, microChallenges.TotalCount!.Value));
        Assert.Equal((0, 0), (microComplaints!.Items!.Count, microComplaints.TotalCount!.Value));
        Assert.Equal(404, microDetail.ResponseStatusCode);
        Assert.Contains("质疑不存在，或本机构无权查看", microDetail.Title);
    }

    [Fact]
    public async Task Another_unit_and_another_regions_finance_department_see_none()
    {
        foreach (var outsider in new[] { MallApiPortal.OtherSchool, RecordsParties.OtherRegulator })
        {
            var api = await fixture.ApiAsync(outsider);

            var detail = await Assert.ThrowsAsync<ProblemDetails>(() => api.Challenges[fixture.Challenge.Id].GetAsync());

            Assert.Equal(0, (await api.Inquiries.GetAsync())!.TotalCount!.Value);
            Assert.Equal(0, (await api.Challenges.GetAsync())!.TotalCount!.Value);
            Assert.Equal(0, (await api.Complaints.GetAsync())!.TotalCount!.Value);
            Assert.Equal(404, detail.ResponseStatusCode);
        }
    }

    [Fact]
    public async Task An_inquirys_status_filters_the_list_and_each_row_carries_its_answer_period()
    {
        var school = await fixture.ApiAsync(MallApiPortal.School);

        var asked = await school.Inquiries.GetAsync(r => r.QueryParameters.Status = InquiryStatusParameter.Asked);
        var answered = await school.Inquiries.GetAsync(r => r.QueryParameters.Status = InquiryStatusParameter.Answered);

        var open = Assert.Single(asked!.Items!);
        Assert.Equal((fixture.SmallInquiry.Id, "Asked", "待答复", MallApiPortal.Small), (open.Id!.Value, open.Status, open.StatusText!.Zh, open.SupplierName));
        Assert.Null(open.AnsweredUtc);
        var period = Assert.Single(open.Deadlines!);
        Assert.Null(period.MetOn);
        Assert.False(string.IsNullOrWhiteSpace(period.Citation));
        var done = Assert.Single(answered!.Items!);
        Assert.Equal((fixture.MicroInquiry.Id, "已答复"), (done.Id!.Value, done.StatusText!.Zh));
        Assert.NotNull(done.AnsweredUtc);
        Assert.NotNull(Assert.Single(done.Deadlines!).MetOn);
    }

    [Fact]
    public async Task A_challenge_row_and_its_detail_carry_the_answer_its_digest_the_complaint_and_the_periods()
    {
        var agency = await fixture.ApiAsync(RecordsParties.Agency);

        var row = Assert.Single((await agency.Challenges.GetAsync())!.Items!);
        var detail = await agency.Challenges[fixture.Challenge.Id].GetAsync();

        Assert.Equal(("Answered", false, fixture.Complaint.Id, "Filed"), (row.Status, row.Upheld, row.Complaint!.Id!.Value, row.Complaint.Status));
        Assert.NotEmpty(row.Deadlines!);
        Assert.All(row.Deadlines!, d => Assert.False(string.IsNullOrWhiteSpace(d.Citation)));
        Assert.Equal((fixture.Challenge.Number, "评分标准中的业绩分设置排斥中小企业。", "经复核，评分标准符合规定，质疑不成立。"), (detail!.Number, detail.Points, detail.Answer));
        Assert.Equal(("Documents", "采购文件"), (detail.Subject, detail.SubjectText!.Zh));
        Assert.False(string.IsNullOrWhiteSpace(detail.AnswerDigest));
        Assert.Equal((fixture.Complaint.Id, fixture.Complaint.Number, "待审查"), (detail.Complaint!.Id!.Value, detail.Complaint.Number, detail.Complaint.StatusText!.Zh));
        Assert.NotEmpty(detail.Complaint.Deadlines!);
        Assert.Equal(row.Deadlines!.Select(d => d.What!.Zh), detail.Deadlines!.Select(d => d.What!.Zh));
        Assert.NotNull(detail.Actions);
    }

    [Fact]
    public async Task A_complaint_row_carries_its_status_its_finding_when_decided_and_its_check_period()
    {
        var regulator = await fixture.ApiAsync(MallApiPortal.Regulator);

        var row = Assert.Single((await regulator.Complaints.GetAsync())!.Items!);

        Assert.Equal((fixture.Challenge.Id, "Filed", MallApiPortal.Small), (row.ChallengeId!.Value, row.Status, row.SupplierName));
        Assert.Equal((0, null, null, null), (row.PausedWorkingDays!.Value, row.CheckedOn, row.Finding, row.Remedy));
        Assert.NotEmpty(row.Deadlines!);
        Assert.All(row.Deadlines!, d => Assert.False(string.IsNullOrWhiteSpace(d.Citation)));
    }
}
