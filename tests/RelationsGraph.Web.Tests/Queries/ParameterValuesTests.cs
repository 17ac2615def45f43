using System.Text.Json;
using RelationsGraph.Web.Queries;
using RelationsGraph.Web.Registry;
using RelationsGraph.Web.Tests.Infrastructure;
using CypherException = RelationsGraph.Core.Errors.CypherException;

namespace RelationsGraph.Web.Tests.Queries;

public sealed class ParameterValuesTests
{
    private static readonly NetworkRegistry Registry = NetworkRegistry.Load(Path.Combine(RepoFiles.Cypher, "registry.json"));

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static readonly SavedQueryParameter[] Declared =
    [
        new("actor", ParameterTypes.Actor, Json("\"russia\"")),
        new("actors", ParameterTypes.Actors, Json("[]")),
        new("type", ParameterTypes.TieType),
        new("status", ParameterTypes.Status, Json("\"confirmed\"")),
        new("on", ParameterTypes.Date, Required: true),
        new("n", ParameterTypes.Integer, Json("3")),
        new("text", ParameterTypes.String, Json("\"\"")),
        new("flag", ParameterTypes.Boolean, Json("false")),
    ];

    [Fact]
    public void Typed_GivenAndDefaults_BecomeCoreValues()
    {
        var values = ParameterValues.Typed(Declared, Json("""{"on": "2024-06-01", "actors": ["a", "b"], "n": "12", "flag": true, "type": "AID"}"""), Registry);
        values["actor"].ShouldBe("russia");
        values["actors"].ShouldBe(new List<object?> { "a", "b" });
        values["type"].ShouldBe("AID");
        values["status"].ShouldBe("confirmed");
        values["on"].ShouldBe("2024-06-01");
        values["n"].ShouldBe(12L);
        values["text"].ShouldBe("");
        values["flag"].ShouldBe(true);
    }

    [Fact]
    public void Typed_OptionalWithoutDefault_IsNull()
    {
        var values = ParameterValues.Typed(Declared, Json("""{"on": "2024-06-01"}"""), Registry);
        values.ShouldContainKey("type");
        values["type"].ShouldBeNull();
    }

    [Theory]
    [InlineData("""{}""", "Neo.ClientError.Statement.ParameterMissing", "'on'")]
    [InlineData("""{"on": "2024-13-01"}""", "Neo.ClientError.Request.Invalid", "a date")]
    [InlineData("""{"on": "2024-06-01", "status": "rumoured"}""", "Neo.ClientError.Request.Invalid", "rumoured")]
    [InlineData("""{"on": "2024-06-01", "type": "LOVES"}""", "Neo.ClientError.Request.Invalid", "LOVES")]
    [InlineData("""{"on": "2024-06-01", "n": 1.5}""", "Neo.ClientError.Request.Invalid", "whole number")]
    [InlineData("""{"on": "2024-06-01", "actor": 7}""", "Neo.ClientError.Request.Invalid", "not a string")]
    [InlineData("""{"on": "2024-06-01", "extra": 1}""", "Neo.ClientError.Request.Invalid", "'extra' is not a parameter")]
    [InlineData("""[1]""", "Neo.ClientError.Request.Invalid", "JSON object")]
    public void Typed_BadValues_AreRefusedWithTheReason(string json, string code, string reason)
    {
        var error = Should.Throw<CypherException>(() => ParameterValues.Typed(Declared, Json(json), Registry));
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(reason);
    }

    [Fact]
    public void Untyped_Json_MapsNumbersListsAndMaps()
    {
        var values = ParameterValues.Untyped(Json("""{"i": 9007199254740993, "f": 2.5, "s": "x", "l": [1, null, true], "m": {"k": "v"}}"""));
        values["i"].ShouldBeOfType<long>().ShouldBe(9007199254740993L);
        values["f"].ShouldBeOfType<double>().ShouldBe(2.5);
        values["s"].ShouldBe("x");
        values["l"].ShouldBe(new List<object?> { 1L, null, true });
        ((IReadOnlyDictionary<string, object?>)values["m"]!)["k"].ShouldBe("v");
    }

    [Fact]
    public void Untyped_Null_IsNoParameters() => ParameterValues.Untyped(null).ShouldBeEmpty();
}
