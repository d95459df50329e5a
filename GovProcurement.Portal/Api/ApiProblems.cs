using GovProcurement.Domain.Common;

namespace GovProcurement.Portal.Api;

/// <summary>
/// The API's refusals as RFC 7807 problem details, each in Chinese then English. A step the domain
/// refuses answers by the refusal's ground: another kind of organisation's step 403, another
/// organisation's aggregate 404 (an organisation sees only its own), a rule or the aggregate's stage
/// 409, each with the rule's words and citation. A use case that refuses while it acts (the record
/// changed meanwhile, a fact only the store knows) answers 422, as the plan endpoints do.
/// </summary>
internal static class ApiProblems
{
    public const string RefusedTitle = "未能办理 / Refused";
    public const string NotStoredTitle = "未能保存 / Not stored";

    public static IResult Forbidden(Bilingual text) =>
        Results.Problem(title: $"{text.Zh} / {text.En}", statusCode: StatusCodes.Status403Forbidden);

    public static IResult NotFound(Bilingual text) =>
        Results.Problem(title: $"{text.Zh} / {text.En}", statusCode: StatusCodes.Status404NotFound);

    public static IResult Refused(Refusal refusal)
    {
        var text = refusal.ToException().Text;
        var status = refusal.Ground switch
        {
            RefusalGround.Role => StatusCodes.Status403Forbidden,
            RefusalGround.Jurisdiction => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status409Conflict,
        };
        return Results.Problem(title: RefusedTitle, detail: $"{text.Zh} / {text.En}", statusCode: status,
            extensions: refusal.Citation is { } citation ? new Dictionary<string, object?> { ["citation"] = citation } : null);
    }

    public static IResult NotStored(DomainException e) =>
        Results.Problem(title: NotStoredTitle, detail: $"{e.Text.Zh} / {e.Text.En}", statusCode: StatusCodes.Status422UnprocessableEntity);

    public static readonly Bilingual SupplierKeysOnly = new("只有供应商的密钥可以办理此项", "Only a supplier's key does this");
    public static readonly Bilingual PurchaserKeysOnly = new("只有预算单位的密钥可以办理此项", "Only a budget unit's key does this");
    public static readonly Bilingual PartyKeysOnly = new("只有预算单位或供应商的密钥可以查询", "Only a budget unit's or a supplier's key reads this");
}
