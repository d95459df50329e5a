using GovProcurement.Domain.Common;
using GovProcurement.Portal.Components.Shared;
using GovProcurement.Portal.Components.Workspaces.Plans;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovProcurement.Portal.Workspaces;

/// <summary>
/// Runs one step a user asked for: a domain refusal or a validator's is shown as its message, anything else is
/// logged and shown as a general error, and a success is confirmed. Pages stay free of try/catch.
/// </summary>
public sealed class StepRunner(ISnackbar snackbar, IDialogService dialogs, IStringLocalizer<SharedResource> text, ILogger<StepRunner> logger)
{
    /// <returns>True when the step succeeded.</returns>
    public async Task<bool> RunAsync(Func<Task> step, string? done = null)
    {
        try
        {
            await step();
            snackbar.Add(done ?? text["Plan.Done"], Severity.Success);
            return true;
        }
        catch (Exception e) when (e is ReasonCancelledException or ShownAtFieldsException)
        {
            return false;
        }
        catch (DomainException e)
        {
            snackbar.Add(e.Message, Severity.Error);
            return false;
        }
        catch (FluentValidation.ValidationException e)
        {
            // A form shows these at its fields before it submits; a step without a form shows them here.
            snackbar.Add(string.Join(" ", e.Errors.Select(f => f.ErrorMessage).Distinct()), Severity.Error);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "A workspace step failed");
            snackbar.Add(text["Error.Body"], Severity.Error);
            return false;
        }
    }

    /// <summary>Runs the step and, when it succeeded, tells the page to reload.</summary>
    public async Task RunAsync(Func<Task> step, Microsoft.AspNetCore.Components.EventCallback then)
    {
        if (await RunAsync(step))
        {
            await then.InvokeAsync();
        }
    }

    /// <summary>
    /// Runs a form's step: what the use case's validator refuses (also what only the store knows, such as an
    /// unknown credit code) is shown at the form's fields rather than as a message; a success tells the page to reload.
    /// </summary>
    public Task RunAsync(Func<Task> step, FieldErrors errors, Microsoft.AspNetCore.Components.EventCallback then) =>
        RunAsync(async () =>
        {
            try
            {
                await step();
            }
            catch (FluentValidation.ValidationException e)
            {
                errors.Show(e.Errors);
                throw new ShownAtFieldsException();
            }
        }, then);

    /// <summary>Asks for a reason; closing the dialog cancels the step.</summary>
    public async Task<string> ReasonAsync(string? title = null)
    {
        var dialog = await dialogs.ShowAsync<ReasonDialog>(title ?? text["Plan.Reason"]);
        return await dialog.Result is { Canceled: false, Data: string reason } ? reason : throw new ReasonCancelledException();
    }

    private sealed class ReasonCancelledException : Exception;

    private sealed class ShownAtFieldsException : Exception;
}
