using GovProcurement.Domain.Catalogue;

namespace GovProcurement.Portal.Api;

/// <summary>Collects field errors in the RFC 7807 shape: field path → messages (Chinese, then English).</summary>
internal sealed class ApiValidation
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool IsValid => errors.Count == 0;

    public void Add(string field, string zh, string en)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add($"{zh} / {en}");
    }

    public void Amount(string field, decimal yuan)
    {
        if (yuan <= 0)
        {
            Add(field, "金额必须大于零", "The amount must be positive");
        }
        else if (yuan > GovProcurement.Domain.Common.Money.MaxYuan)
        {
            Add(field, "金额超出平台允许的范围", "The amount is beyond the platform's limit");
        }
        else if (decimal.Round(yuan, 2) != yuan)
        {
            Add(field, "金额最多保留两位小数（精确到分）", "At most two decimals (to the fen)");
        }
    }

    public CatalogueItem? CatalogueItem(string field, string? code)
    {
        var item = CatalogueDirectory.Shipped.Find(code);
        if (item is null || !CatalogueDirectory.Shipped.IsLeaf(item.Code))
        {
            Add(field, $"品目编码“{code}”不是可选的采购品目", $"\"{code}\" is not a catalogue item that can be planned");
            return null;
        }

        return item;
    }

    public T? Enum<T>(string field, string? text) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }

        Add(field, $"取值应为：{string.Join("、", System.Enum.GetNames<T>())}", $"Expected one of: {string.Join(", ", System.Enum.GetNames<T>())}");
        return null;
    }

    public IResult Problem() => Results.ValidationProblem(
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        title: "请求参数有误，未作任何保存 / The request is invalid; nothing was stored");
}
