namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// Resolves <see cref="ScpSettings"/> key by key from, in order: provider config, the
/// environment (first variable set wins), <c>~/.scpconf</c>, then the key's default. Empty
/// values count as unset everywhere.
/// </summary>
/// <remarks>
/// Throws <see cref="ScpConfigException"/> listing every invalid value (each named by key and
/// where it came from), otherwise <see cref="ScpMissingConfigException"/> when credentials
/// are missing. No message contains a secret value.
/// </remarks>
public sealed class ScpSettingsResolver(Func<string, string?> environment, string? homeDirectory)
{
    /// <summary>A resolver over the process environment and the user's home directory.</summary>
    public static ScpSettingsResolver ForCurrentProcess() =>
        new(System.Environment.GetEnvironmentVariable, System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile));

    /// <param name="config">Provider config values by bare key name (accessKey, region, ...).</param>
    public async Task<ScpSettings> ResolveAsync(IReadOnlyDictionary<string, string> config, CancellationToken cancellationToken)
    {
        var files = new ScpConfFiles(homeDirectory);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var problems = new List<ScpConfigProblem>();
        foreach (var key in ScpConfigKeys.All)
        {
            var (value, source) = await FindAsync(key, config, files, cancellationToken).ConfigureAwait(false);
            if (value is not null && key.Validate(value) is { } reason)
            {
                problems.Add(new ScpConfigProblem(key.Name, source is null ? reason : $"{reason} (from {source})"));
                value = null;
            }
            values[key.Name] = value;
        }

        var region = values[ScpConfigKeys.Region];
        var scpEnvironment = values[ScpConfigKeys.Environment];
        if (region is not null && scpEnvironment is not null)
        {
            CheckPair(region, scpEnvironment, values, problems);
        }
        if (problems.Count > 0)
        {
            throw new ScpConfigException(problems);
        }

        var missing = new[] { ScpConfigKeys.AccessKey, ScpConfigKeys.SecretKey }
            .Where(name => values[name] is null)
            .Select(name => new ScpMissingKey(name, ScpConfigKeys.Get(name).OtherWaysToSupply))
            .ToList();
        if (missing.Count > 0)
        {
            throw new ScpMissingConfigException(missing);
        }

        return new ScpSettings
        {
            AccessKey = values[ScpConfigKeys.AccessKey]!,
            SecretKey = values[ScpConfigKeys.SecretKey]!,
            AccountId = values[ScpConfigKeys.AccountId] ?? "",
            Region = region!,
            Environment = scpEnvironment!,
            ApiGatewayEndpoint = Endpoint(values, ScpConfigKeys.ApiGatewayEndpoint) ?? ScpRegions.ApiGatewayHost(region!, scpEnvironment!),
            QueueServiceEndpoint = Endpoint(values, ScpConfigKeys.QueueServiceEndpoint) ?? ScpRegions.QueueServiceHost(region!, scpEnvironment!),
            ApiGatewayVersion = values[ScpConfigKeys.ApiGatewayVersion]!,
            Language = values[ScpConfigKeys.Language]!,
            MaxRetries = Integer(values, ScpConfigKeys.MaxRetries),
            RequestTimeout = TimeSpan.FromSeconds(Integer(values, ScpConfigKeys.RequestTimeoutSeconds)),
        };
    }

    /// <summary>The value and a description of where it came from (null for provider config and defaults).</summary>
    private async Task<(string? Value, string? Source)> FindAsync(
        ScpConfigKey key, IReadOnlyDictionary<string, string> config, ScpConfFiles files, CancellationToken cancellationToken)
    {
        if (config.TryGetValue(key.Name, out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            return (configured.Trim(), null);
        }
        foreach (var variable in key.EnvironmentVariables)
        {
            if (environment(variable) is { } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return (fromEnvironment.Trim(), $"environment variable {variable}");
            }
        }
        if (key.File is not null && await files.GetAsync(key.File, cancellationToken).ConfigureAwait(false) is { } fromFile
            && !string.IsNullOrWhiteSpace(fromFile))
        {
            return (fromFile.Trim(), key.File.ToString());
        }
        return (key.Default, null);
    }

    /// <summary>
    /// Hosts are derived from region and environment only for documented pairs; an endpoint
    /// override lifts the check for its own service.
    /// </summary>
    private static void CheckPair(string region, string scpEnvironment, Dictionary<string, string?> values, List<ScpConfigProblem> problems)
    {
        if (ScpRegions.IsDocumented(region, scpEnvironment))
        {
            return;
        }
        var derived = new[] { ScpConfigKeys.ApiGatewayEndpoint, ScpConfigKeys.QueueServiceEndpoint }.Where(name => values[name] is null).ToList();
        if (derived.Count > 0)
        {
            problems.Add(new ScpConfigProblem(
                ScpConfigKeys.Region,
                $"region '{region}' with environment '{scpEnvironment}' is not a documented SCP pair ({ScpRegions.Describe()}); "
                + $"use a documented pair, or set {string.Join(" and ", derived)} to use this one"));
        }
    }

    private static Uri? Endpoint(Dictionary<string, string?> values, string name) =>
        values[name] is { } overridden ? new Uri(overridden) : null;

    private static int Integer(Dictionary<string, string?> values, string name) =>
        ScpConfigRules.TryParseInteger(values[name]!, out var number) ? checked((int)number) : throw new InvalidOperationException($"{name} was validated as an integer.");
}
