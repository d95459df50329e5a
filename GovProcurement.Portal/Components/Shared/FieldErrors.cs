using FluentValidation;
using FluentValidation.Results;

namespace GovProcurement.Portal.Components.Shared;

/// <summary>
/// A form's field errors, from the same validator the use case runs. The form checks its model
/// before it submits, and each field shows its own messages: <c>Error="@errors.Has(nameof(Model.Name))"</c>
/// <c>ErrorText="@errors[nameof(Model.Name)]"</c>. A form does not submit while <see cref="Check{T}"/> fails.
/// </summary>
public sealed class FieldErrors
{
    private Dictionary<string, List<string>> byField = [];

    /// <summary>Whether any field has an error.</summary>
    public bool Any => byField.Count > 0;

    /// <summary>The messages of one field (a property path of the model: <c>Lots[0].Title</c>), joined; null when it has none.</summary>
    public string? this[string field] => byField.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public bool Has(string field) => byField.ContainsKey(field);

    /// <summary>Validates the model, shows what fails at its fields, and says whether the form may submit.</summary>
    public bool Check<T>(IValidator<T> validator, T model)
    {
        var result = validator.Validate(model);
        Show(result.Errors);
        return result.IsValid;
    }

    /// <summary>Shows the failures a use case reported (its <see cref="ValidationException"/>) at their fields.</summary>
    public void Show(IEnumerable<ValidationFailure> failures) =>
        byField = failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToList());

    public void Clear() => byField = [];
}
