namespace Pulumi.ScpGateway.ScpEmulator.Validation;

/// <summary>The <c>tags</c> list of create requests: <c>[{"key": "...", "value": "..."}]</c>.</summary>
public static class Tags
{
    public static IReadOnlyList<KeyValuePair<string, string?>> Read(RequestBody body, bool valueNullable = false)
    {
        var tags = new List<KeyValuePair<string, string?>>();
        foreach (var item in body.ObjectList("tags") ?? [])
        {
            var key = item.String("key", required: true, nullable: false);
            var value = item.String("value", required: true, nullable: valueNullable);
            if (key is not null)
            {
                tags.Add(new(key, value));
            }
        }

        return tags;
    }
}
