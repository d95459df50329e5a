namespace GovProcurement.Portal.Components.Workspaces.Plans;

/// <summary>The plan form's errors by field path (<c>Title</c>, <c>Items[0].Amount</c>), each field showing its own.</summary>
public sealed class PlanFieldErrors
{
    private readonly Dictionary<string, List<string>> byField = new(StringComparer.Ordinal);

    public static PlanFieldErrors None { get; } = new([]);

    public PlanFieldErrors(IEnumerable<(string Field, string Text)> errors)
    {
        foreach (var (field, text) in errors)
        {
            if (!byField.TryGetValue(field, out var texts))
            {
                byField[field] = texts = [];
            }

            if (!texts.Contains(text))
            {
                texts.Add(text);
            }
        }
    }

    public int Count => byField.Values.Sum(t => t.Count);

    public bool Has(string? field) => field is not null && byField.ContainsKey(field);

    /// <summary>The field's messages in one line, or null when it has none.</summary>
    public string? Of(string? field) => field is not null && byField.TryGetValue(field, out var texts) ? string.Join("；", texts) : null;
}
