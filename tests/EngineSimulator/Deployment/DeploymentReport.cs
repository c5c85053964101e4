using System.Globalization;
using System.Text;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>Formats a <see cref="DeploymentResult"/> the way the Pulumi CLI prints a run; secrets show as <c>[secret]</c>.</summary>
public static class DeploymentReport
{
    /// <param name="stepsShown">
    /// The header, steps and provider messages were already printed live (<see cref="Header"/>,
    /// <see cref="FormatStep"/>, <see cref="FormatLog"/>): the closing diagnostics then leave out
    /// the progress messages, as the CLI's summary does.
    /// </param>
    public static string Format(DeploymentResult result, bool stepsShown = false)
    {
        var text = new StringBuilder();
        if (!stepsShown)
        {
            text.AppendLine(Header(result.Command, result.Stack)).AppendLine();
            foreach (var step in result.Steps)
            {
                AppendStep(text, step);
            }
        }

        AppendLogs(text, stepsShown ? [.. result.Logs.Where(log => !log.Ephemeral)] : result.Logs);
        if (result.Outputs.Count > 0)
        {
            text.AppendLine().AppendLine("Outputs:");
            foreach (var (key, value) in result.Outputs)
            {
                text.Append("    ").Append(key).Append(": ").AppendLine(Show(value));
            }
        }

        text.AppendLine().AppendLine("Resources:");
        foreach (var (operation, symbol, words) in Summary(result.Preview))
        {
            var count = result.Count(operation);
            if (count > 0)
            {
                text.Append("    ").Append(symbol).Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ').AppendLine(words);
            }
        }

        foreach (var error in result.Errors)
        {
            text.AppendLine().Append("error: ").AppendLine(error);
        }

        if (result.ProgramSnippet is { } snippet)
        {
            text.AppendLine().AppendLine(ImportedProgram.Preamble).AppendLine().Append(snippet);
        }

        text.AppendLine().Append("Duration: ").Append(result.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).AppendLine("s");
        return text.ToString();
    }

    /// <summary>A value for display: secrets masked, unknowns as <c>[unknown]</c>.</summary>
    public static string Show(PropertyValue? value) => value is null ? "(none)" : value.ContainsSecrets() ? "[secret]" : value.ToString();

    public static string Header(string command, string stack) => command switch
    {
        "preview" => $"Previewing update ({stack}):",
        "up" => $"Updating ({stack}):",
        "refresh" => $"Refreshing ({stack}):",
        "destroy" => $"Destroying ({stack}):",
        _ => $"Importing ({stack}):",
    };

    /// <summary>The line printed when a step starts, e.g. <c>    + scpgateway:index:Api  api  creating...</c>.</summary>
    public static string FormatStarted(string type, string name, string verb) =>
        $"    {(verb switch { "creating" => "+ ", "updating" => "~ ", "replacing" => "+- ", "deleting" => "- ", _ => "  " })}{type}  {name}  {verb}...\n";

    /// <summary>One provider message as it arrives; null for debug messages, which are not shown.</summary>
    public static string? FormatLog(EngineLogEntry log)
    {
        if (log.Severity == LogSeverity.Debug)
        {
            return null;
        }

        var text = new StringBuilder();
        AppendLog(text, log);
        return text.ToString();
    }

    /// <summary>One step's line and its property diffs.</summary>
    public static string FormatStep(StepResult step)
    {
        var text = new StringBuilder();
        AppendStep(text, step);
        return text.ToString();
    }

    private static void AppendStep(StringBuilder text, StepResult step)
    {
        var (symbol, verb) = step.Operation switch
        {
            StepOperation.Create => ("+ ", "create"),
            StepOperation.Update => ("~ ", "update"),
            StepOperation.Replace => ("+- ", "replace"),
            StepOperation.Delete => ("- ", step.Drifted ? "deleted outside the program" : "delete"),
            StepOperation.Refresh => (step.Drifted ? "~ " : "  ", step.Drifted ? "refresh (drift)" : "refresh"),
            StepOperation.Import => ("= ", "import"),
            StepOperation.Failed => ("** ", "failed"),
            StepOperation.Skipped => ("  ", "skipped"),
            _ => ("  ", "same"),
        };
        text.Append("    ").Append(symbol).Append(step.Type).Append("  ").Append(step.Name).Append("  ").Append(verb);
        if (step.Changes.Count > 0)
        {
            text.Append("  [diff: ").AppendJoin(" ", step.Changes.Select(change => change.Symbol + change.Path)).Append(']');
        }

        text.AppendLine();
        foreach (var change in step.Changes)
        {
            text.Append("        ").Append(change.Symbol).Append(' ').Append(change.Path).Append(": ");
            text.AppendLine(change.Kind switch
            {
                PropertyChangeKind.Add => Show(change.New),
                PropertyChangeKind.Delete => Show(change.Old),
                _ => $"{Show(change.Old)} => {Show(change.New)}",
            });
        }

        if (step.Error is not null)
        {
            text.Append("        ").AppendLine(step.Error);
        }
    }

    private static void AppendLogs(StringBuilder text, IReadOnlyList<EngineLogEntry> logs)
    {
        var shown = logs.Where(log => log.Severity != LogSeverity.Debug).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Diagnostics:");
        foreach (var log in shown)
        {
            AppendLog(text, log);
        }
    }

    private static void AppendLog(StringBuilder text, EngineLogEntry log)
    {
        var level = log.Ephemeral ? "progress" : log.Severity.ToString().ToLowerInvariant();
        var who = log.Urn.Length > 0 ? log.Urn[(log.Urn.LastIndexOf("::", StringComparison.Ordinal) + 2)..] + ": " : string.Empty;
        text.Append("    ").Append(level).Append(": ").Append(who).AppendLine(log.Message);
    }

    private static IEnumerable<(StepOperation Operation, string Symbol, string Words)> Summary(bool preview)
    {
        var to = preview ? "to " : string.Empty;
        yield return (StepOperation.Create, "+ ", preview ? "to create" : "created");
        yield return (StepOperation.Update, "~ ", preview ? "to update" : "updated");
        yield return (StepOperation.Replace, "+-", preview ? "to replace" : "replaced");
        yield return (StepOperation.Delete, "- ", preview ? "to delete" : "deleted");
        yield return (StepOperation.Import, "= ", to + "imported");
        yield return (StepOperation.Refresh, "", "refreshed");
        yield return (StepOperation.Same, "", "unchanged");
        yield return (StepOperation.Failed, "", "failed");
    }
}
