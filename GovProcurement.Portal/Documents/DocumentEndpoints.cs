using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Projects;
using GovProcurement.Portal.Workspaces;

namespace GovProcurement.Portal.Documents;

/// <summary>Downloads: notices as PDF for everyone; project documents, receipts and letters for the parties.</summary>
public static class DocumentEndpoints
{
    private const string Pdf = "application/pdf";

    public static void MapDocumentEndpoints(this WebApplication app)
    {
        app.MapGet("/notices/{id:guid}/pdf", async (Guid id, HttpContext context, PolicyNotices policy) =>
        {
            var chain = await policy.ChainAsync(id, context.RequestAborted);
            return chain.Count == 0
                ? Results.NotFound()
                : TypedResults.File(NoticePdfs.Notice(chain, BaseUrl(context)), Pdf, $"{chain[0].Number}.pdf");
        }).AllowAnonymous();

        app.MapGet("/admin/supplier-applications/{id:guid}/licence", (Guid id, HttpContext context, Domain.SupplierLibrary.SupplierApplicationReview review) => Refusable(async () =>
        {
            var file = await review.LicenceAsync(id, CurrentActor.From(context.User), context.RequestAborted);
            return TypedResults.File(file.Content, file.ContentType, file.Name);
        })).RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin));

        app.MapGet("/mall/listings/{id:guid}/files/{fileId:guid}", (Guid id, Guid fileId, HttpContext context, Domain.Mall.Listings.ListingDesk desk) => Refusable(async () =>
        {
            var actor = context.User.Identity?.IsAuthenticated == true ? CurrentActor.From(context.User) : null;
            var file = await desk.FileAsync(id, fileId, actor, context.RequestAborted);
            return TypedResults.File(file.Content, file.ContentType, file.Name);
        })).AllowAnonymous();

        app.MapGet("/challenges/{id:guid}/answer.pdf", (Guid id, HttpContext context, Domain.Complaints.ChallengeDesk desk) => Refusable(async () =>
        {
            var letter = await desk.LetterAsync(id, CurrentActor.From(context.User), context.RequestAborted);
            return TypedResults.File(ChallengePdfs.AnswerLetter(letter, BaseUrl(context)), Pdf, $"质疑答复函-{letter.Challenge.Number}.pdf");
        })).RequireAuthorization();

        app.MapGet("/contracts/{id:guid}/pdf", async (Guid id, HttpContext context, Domain.Contracts.GovContracts contracts) =>
        {
            var view = await contracts.GetAsync(id, CurrentActor.From(context.User), context.RequestAborted);
            return view is null
                ? Results.NotFound()
                : TypedResults.File(ContractPdfs.Contract(view.Contract, BaseUrl(context)), Pdf, $"{view.Contract.Number}.pdf");
        }).RequireAuthorization();

        app.MapGet("/contracts/{id:guid}/acceptance/pdf", async (Guid id, HttpContext context, Domain.Acceptance.ContractAcceptances acceptances) =>
        {
            var view = await acceptances.GetAsync(id, CurrentActor.From(context.User), context.RequestAborted);
            return view is not { Stored: true }
                ? Results.NotFound()
                : TypedResults.File(AcceptancePdfs.Record(view.Acceptance), Pdf, $"{view.Acceptance.Number}.pdf");
        }).RequireAuthorization();

        var parties = app.MapGroup("/projects/{id:guid}").RequireAuthorization();
        parties.MapGet("/documents", (Guid id, HttpContext context, BidBox box) => Refusable(async () =>
        {
            var file = await box.DocumentsAsync(id, CurrentActor.From(context.User), context.RequestAborted);
            return TypedResults.File(file.Content, file.ContentType, file.Name);
        }));
        parties.MapGet("/files/{fileId:guid}", (Guid id, Guid fileId, HttpContext context, ProjectQueries projects) => Refusable(async () =>
        {
            var file = await projects.FileAsync(id, fileId, CurrentActor.From(context.User), context.RequestAborted);
            return TypedResults.File(file.Content, file.ContentType, file.Name);
        }));
        parties.MapGet("/receipt.pdf", (Guid id, HttpContext context, BidBox box) => Refusable(async () =>
        {
            var receipt = await box.ReceiptAsync(id, CurrentActor.From(context.User), context.RequestAborted);
            return TypedResults.File(NoticePdfs.Receipt(receipt), Pdf, $"递交回执-{receipt.ProjectNumber}.pdf");
        })).RequireAuthorization(p => p.RequireRole(Roles.Supplier));
        parties.MapGet("/result-letter.pdf", (Guid id, HttpContext context, ResultLetters letters) => Refusable(async () =>
        {
            var letter = await letters.ForSupplierAsync(id, CurrentActor.From(context.User), context.RequestAborted);
            return TypedResults.File(NoticePdfs.Letter(letter, BaseUrl(context)), Pdf, $"{(letter.Won ? "中标成交通知书" : "结果通知书")}-{letter.Project.Number}.pdf");
        })).RequireAuthorization(p => p.RequireRole(Roles.Supplier));
    }

    /// <summary>The portal's configured public address printed in PDFs, never taken from the request.</summary>
    private static string BaseUrl(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<PublicAddressOptions>>().Value.PublicBaseUrl;

    /// <summary>A refusal from the domain becomes 403 with its message, never a server error.</summary>
    private static async Task<IResult> Refusable(Func<Task<IResult>> produce)
    {
        try
        {
            return await produce();
        }
        catch (DomainException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status403Forbidden);
        }
    }
}
