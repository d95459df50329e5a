using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;

namespace GovProcurement.Portal.Documents;

/// <summary>
/// The written answer to a challenge (质疑答复函, 94号令第十四条) on the PDF model: the challenge, its points, the
/// finding and the answer, with the digest fixed at the answer and a QR code to the challenge's page where it shows.
/// </summary>
public static class ChallengePdfs
{
    public static byte[] AnswerLetter(ChallengeLetter letter, string baseUrl)
    {
        var c = letter.Challenge;
        var answered = new DateTimeOffset(c.AnsweredUtc!.Value, TimeSpan.Zero);
        IReadOnlyList<NoticeBlock> blocks =
        [
            new NoticeBlock.Paragraph($"{c.SupplierName}：贵公司于 {c.FiledOn:yyyy年M月d日} 就“{c.ProjectTitle}”（项目编号 {c.ProjectNumber}）的{ChallengeTexts.Subject(c.Subject).Zh}提出的质疑收悉。经审查，现答复如下。"),
            new NoticeBlock.KeyValues(
            [
                ("质疑编号", c.Number),
                ("质疑供应商", c.SupplierName),
                ("质疑事项所属环节", ChallengeTexts.Subject(c.Subject).Zh),
                ("采购人", letter.PurchaserName),
                ("采购代理机构", letter.AgencyName),
            ]),
            new NoticeBlock.Heading("一、质疑事项"),
            new NoticeBlock.Paragraph(c.Points),
            new NoticeBlock.Heading("二、答复结论"),
            new NoticeBlock.Paragraph(ChallengeTexts.Answer(c.Upheld == true).Zh),
            new NoticeBlock.Heading("三、答复内容"),
            new NoticeBlock.Paragraph(c.Answer!),
            new NoticeBlock.Paragraph("贵公司对本答复不满意，或者采购人、采购代理机构未在规定时间内作出答复的，可以在答复期满后15个工作日内向项目所在地同级财政部门提起投诉（《政府采购质疑和投诉办法》第十七条）。"),
        ];
        return NoticePdfRenderer.Render(new NoticeDocument("质疑答复函", c.Number, string.IsNullOrEmpty(letter.AgencyName) ? letter.PurchaserName : letter.AgencyName, answered, blocks, c.AnswerDigest!)
        {
            VerificationUrl = $"{baseUrl.TrimEnd('/')}/challenges/{c.Id}?d={c.AnswerDigest}",
            Labels = NoticeLabels.Chinese with { Number = "质疑编号", Issuer = "答复单位", PublishedAt = "答复时间" },
        });
    }
}
