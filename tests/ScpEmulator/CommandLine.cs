using System.Globalization;
using Pulumi.ScpGateway.ScpEmulator.Faults;

namespace Pulumi.ScpGateway.ScpEmulator;

/// <summary>Turns the emulator's command-line flags into <see cref="EmulatorOptions"/>.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: ScpEmulator [flags]
          --port N                       TCP port on 127.0.0.1 (default 0: any free port)
          --access-key KEY               access key clients must sign with (default EMULATOR-ACCESS-KEY)
          --secret-key KEY               secret key clients must sign with (default EMULATOR-SECRET-KEY)
          --account-id ID                account id shown on objects
          --seed N                       seed of the fault Random (default 1)
          --latency-ms N                 latency added to every SCP request (default 0)
          --api-create-delay-ms N        time an Api stays Creating (default 300)
          --queue-create-delay-ms N      time a Queue stays CREATING (default 300)
          --rate-429 R                   share of requests answered 429 with Retry-After (0..1)
          --retry-after-seconds N        Retry-After sent with injected 429s (default 1)
          --rate-500 R                   share answered 500
          --rate-503 R                   share answered 503
          --rate-reset R                 share whose connection is aborted
          --rate-504 R                   share processed, then answered 504
          --rate-409 R                   share answered 409 "concurrent modification, try again"
          --not-found-after-create-ms N  reads miss new objects for N ms
          --fault-operations A,B         only these operations get faults (e.g. CreateApi,ShowApi)
          --fault-methods M,N            only these HTTP methods get faults (e.g. POST,PUT)
          --no-seed-quirks               answer plain lists and objects instead of the seed's spellings
        """;

    private static readonly HashSet<string> ValuedFlags =
    [
        "--port",
        "--access-key",
        "--secret-key",
        "--account-id",
        "--api-create-delay-ms",
        "--queue-create-delay-ms",
        "--seed",
        "--latency-ms",
        "--rate-429",
        "--retry-after-seconds",
        "--rate-500",
        "--rate-503",
        "--rate-reset",
        "--rate-504",
        "--rate-409",
        "--not-found-after-create-ms",
        "--fault-operations",
        "--fault-methods",
    ];

    /// <summary>Parses the flags; throws <see cref="ArgumentException"/> naming a bad or unknown flag.</summary>
    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        var faults = new FaultSettings();
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            if (flag == "--no-seed-quirks")
            {
                options = options with { SeedQuirks = false };
                continue;
            }

            if (!ValuedFlags.Contains(flag))
            {
                throw new ArgumentException($"unknown flag {flag}");
            }

            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{flag} needs a value");
            switch (flag)
            {
                case "--port": options = options with { Port = Int(flag, value, 0, 65535) }; break;
                case "--access-key": options = options with { AccessKey = value }; break;
                case "--secret-key": options = options with { SecretKey = value }; break;
                case "--account-id": options = options with { AccountId = value }; break;
                case "--api-create-delay-ms": options = options with { ApiCreateDelayMs = Int(flag, value) }; break;
                case "--queue-create-delay-ms": options = options with { QueueCreateDelayMs = Int(flag, value) }; break;
                case "--seed": faults = faults with { Seed = Int(flag, value, int.MinValue) }; break;
                case "--latency-ms": faults = faults with { LatencyMs = Int(flag, value) }; break;
                case "--rate-429": faults = faults with { Rate429 = Rate(flag, value) }; break;
                case "--retry-after-seconds": faults = faults with { RetryAfterSeconds = Int(flag, value) }; break;
                case "--rate-500": faults = faults with { Rate500 = Rate(flag, value) }; break;
                case "--rate-503": faults = faults with { Rate503 = Rate(flag, value) }; break;
                case "--rate-reset": faults = faults with { RateReset = Rate(flag, value) }; break;
                case "--rate-504": faults = faults with { Rate504AfterProcessing = Rate(flag, value) }; break;
                case "--rate-409": faults = faults with { Rate409 = Rate(flag, value) }; break;
                case "--not-found-after-create-ms": faults = faults with { NotFoundAfterCreateMs = Int(flag, value) }; break;
                case "--fault-operations": faults = faults with { Operations = List(value) }; break;
                case "--fault-methods": faults = faults with { Methods = List(value) }; break;
            }
        }

        return options with { Faults = faults };
    }

    private static int Int(string flag, string value, int min = 0, int max = int.MaxValue) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{flag}: '{value}' is not an integer in {min}..{max}");

    private static double Rate(string flag, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r is >= 0 and <= 1
            ? r
            : throw new ArgumentException($"{flag}: '{value}' is not a rate in 0..1");

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
