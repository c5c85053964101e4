using System.Text.Json;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Scp.Json;

namespace Pulumi.ScpGateway.Tests.Scp;

public class TolerantReaderTests
{
    private static readonly ScpJsonContext J = ScpJsonContext.Default;

    [Theory]
    [InlineData("""["dev,stg"]""")]
    [InlineData("""["dev","stg"]""")]
    [InlineData("""["dev, stg"]""")]
    [InlineData("\"dev,stg\"")]
    public void Comma_joined_lists_read_as_separate_items(string stages)
    {
        var control = JsonSerializer.Deserialize($$"""{"connected_stages":{{stages}},"allowed_ip_addr":["127.0.0.1/24,192.168.127.12"]}""", J.AccessControl)!;

        Assert.Equal(["dev", "stg"], control.ConnectedStages);
        Assert.Equal(["127.0.0.1/24", "192.168.127.12"], control.AllowedIpAddr);
    }

    [Fact]
    public void Lists_are_written_as_separate_items()
    {
        var json = JsonSerializer.Serialize(new AuthSetRequest { ConnectedStages = ["dev", "stg"] }, J.AuthSetRequest);

        Assert.Equal("""{"connected_stages":["dev","stg"]}""", json);
    }

    [Theory]
    [InlineData("\"{'test1' : True}\"", "test1", true)]
    [InlineData("\"{'test1': False, 'b': True}\"", "test1", false)]
    [InlineData("""{"test1":true}""", "test1", true)]
    [InlineData("""{"test1":"True"}""", "test1", true)]
    [InlineData("\"{'param1': 'value1', 'param2': 'value2'}\"", "param1", false)]
    [InlineData("\"{\\\"x\\\": True}\"", "x", true)]
    public void Python_like_dict_strings_read_as_maps_of_flags(string value, string key, bool expected)
    {
        var headers = Read<Method>($$"""{"request_headers":{{value}}}""").RequestHeaders!;

        Assert.Equal(expected, headers[key]);
    }

    [Fact]
    public void Python_dict_and_json_object_spellings_read_the_same()
    {
        var fromPython = Read<Method>("""{"query_strings":"{'a': True, 'b' : False}"}""").QueryStrings;
        var fromJson = Read<Method>("""{"query_strings":{"a":true,"b":false}}""").QueryStrings;

        Assert.Equal(fromJson!.OrderBy(p => p.Key), fromPython!.OrderBy(p => p.Key));
    }

    [Fact]
    public void Flag_maps_are_written_as_json_objects()
    {
        var json = JsonSerializer.Serialize(new MethodSetRequest
        {
            ApiKeyRequired = true,
            IntegrationType = "HTTP",
            QueryStrings = new Dictionary<string, bool> { ["q"] = true },
            RequestHeaders = new Dictionary<string, bool>(),
        }, J.MethodSetRequest);

        Assert.Contains("\"query_strings\":{\"q\":true}", json);
        Assert.Contains("\"request_headers\":{}", json);
    }

    [Fact]
    public void Malformed_dict_text_is_a_read_error_not_a_silent_empty_map()
    {
        Assert.Throws<JsonException>(() => Read<Method>("""{"query_strings":"param1=value1"}"""));
    }

    [Theory]
    [InlineData("""{"description":null}""")]
    [InlineData("""{"description":""}""")]
    [InlineData("""{}""")]
    public void Null_missing_and_empty_descriptions_all_read_as_empty(string json)
    {
        Assert.Equal("", Read<Api>(json).Description);
        Assert.Equal("", Read<AccessControl>(json).Description);
    }

    [Fact]
    public void Missing_lists_read_as_empty_not_null()
    {
        Assert.Empty(Read<ApiListResponse>("{}").Apis);
        Assert.Empty(Read<AccessControl>("{}").ConnectedStages);
    }

    [Fact]
    public void Request_path_and_acl_lists_accept_the_documented_and_the_shown_shapes()
    {
        Assert.Equal(["{users}"], Read<Method>("""{"request_path":"{users}"}""").RequestPath);
        var queue = JsonSerializer.Deserialize("""{"allow_ip_access":[{"ip_address":"10.0.0.1"},"10.0.0.2"]}""", J.Queue)!;
        Assert.Equal(["10.0.0.1", "10.0.0.2"], queue.AllowIpAccess);
    }

    [Fact]
    public void Numbers_shown_as_strings_are_read_as_numbers()
    {
        var reports = JsonSerializer.Deserialize("""{"count":"1","reports":[{"call_count":"10","error_4xx_count":"3","date":""}],"top_resources":[]}""", J.ReportListResponse)!;

        Assert.Equal(10, reports.Reports[0].CallCount);
        Assert.Equal(3, reports.Reports[0].Error4xxCount);
    }

    [Fact]
    public void Optional_request_fields_that_are_unset_are_left_out()
    {
        var json = JsonSerializer.Serialize(new ApiCreateRequest { Name = "a" }, J.ApiCreateRequest);

        Assert.Equal("""{"name":"a"}""", json);
    }

    private static T Read<T>(string json) => (T)JsonSerializer.Deserialize(json, J.GetTypeInfo(typeof(T))!)!;
}
