using System.Text.Json;
using RelationsGraph.Core.Errors;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;

namespace RelationsGraph.Infrastructure.Tests.Neo4j;

public sealed class Neo4jErrorReaderTests
{
    private static Neo4jServerException? FromBody(string json, int status = 400) =>
        Neo4jErrorReader.FromBody(JsonDocument.Parse(json).RootElement, status, null);

    [Fact]
    public void FromBody_SyntaxError_TakesCodeMessageAndPositionFromMessage()
    {
        var error = FromBody(Neo4jFixtures.SyntaxError).ShouldNotBeNull();
        error.Code.ShouldBe(StatusCodes.SyntaxError);
        error.Line.ShouldBe(1);
        error.Column.ShouldBe(1);
        error.Offset.ShouldBe(0);
        error.FromServerBody.ShouldBeTrue();
    }

    [Fact]
    public void FromBody_BetaEraErrorKey_IsReadAsCode() =>
        FromBody("""{"errors":[{"error":"Neo.ClientError.Statement.AccessMode","message":"Writing in read access mode not allowed."}]}""")!
            .Code.ShouldBe(StatusCodes.AccessMode);

    [Fact]
    public void FromBody_EmptyErrors_IsNoError() => FromBody("""{"results":[],"errors":[]}""", 200).ShouldBeNull();

    [Fact]
    public void FromBody_UnknownCode_IsPassedThrough() =>
        FromBody("""{"errors":[{"code":"Neo.ClientError.Made.Up","message":"m"}]}""")!.Code.ShouldBe("Neo.ClientError.Made.Up");

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public void FromStatus_ProxyStatus_IsTransient(int status) =>
        Neo4jErrorReader.FromStatus(status, null, "text/html", bodyWasJson: false).IsTransient.ShouldBeTrue();

    [Fact]
    public void FromStatus_SuccessWithoutJson_IsDatabaseErrorNamingTheStatus()
    {
        var error = Neo4jErrorReader.FromStatus(200, null, "text/html", bodyWasJson: false);
        error.Code.ShouldBe(StatusCodes.UnknownError);
        error.Message.ShouldContain("not JSON");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(499)]
    public void FromStatus_ClientErrorWithoutJson_IsServiceUnavailableNamingStatusAndContentType(int status)
    {
        var error = Neo4jErrorReader.FromStatus(status, null, "text/html", bodyWasJson: false);
        error.Code.ShouldBe(StatusCodes.ServiceUnavailable);
        error.Message.ShouldContain($"HTTP {status}");
        error.Message.ShouldContain("text/html");
    }

    [Fact]
    public void FromStatus_ClientErrorWithJsonButNoErrors_StaysAClientError() =>
        Neo4jErrorReader.FromStatus(400, null, "application/json", bodyWasJson: true).Code.ShouldBe(StatusCodes.RequestInvalid);
}
