using RelationsGraph.Web.Queries;

namespace RelationsGraph.Web.Tests.Queries;

public sealed class QueryHeaderTests
{
    [Fact]
    public void Parse_AllFields_ReadsNameDescriptionTagsAndTypedParameters()
    {
        var header = QueryHeader.Parse("""
            // @name Who sanctions
            // @description Senders of sanctions,
            //   with their dates.
            // @tags sanctions, actors
            // @param target: actor = "russia" -- The sanctioned actor
            // @param since: date -- Required: no default
            // @param type: tieType = null
            // @param limit: integer = 10
            MATCH (n) RETURN n
            // @name not part of the header
            """, "q.cypher");
        header.Name.ShouldBe("Who sanctions");
        header.Description.ShouldBe("Senders of sanctions, with their dates.");
        header.Tags.ShouldBe(["sanctions", "actors"]);
        header.Parameters.Select(p => (p.Name, p.Type, p.Required)).ShouldBe([
            ("target", "actor", false), ("since", "date", true), ("type", "tieType", false), ("limit", "integer", false)]);
        header.Parameters[0].Default!.Value.GetString().ShouldBe("russia");
        header.Parameters[0].Description.ShouldBe("The sanctioned actor");
        header.Parameters[1].Description.ShouldBe("Required: no default");
        header.Parameters[2].Default!.Value.ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        header.Parameters[3].Default!.Value.GetInt64().ShouldBe(10);
    }

    [Theory]
    [InlineData("// @description no name\nRETURN 1", "@name")]
    [InlineData("// @name x\n// @param p: colour = \"red\"\nRETURN 1", "unknown type 'colour'")]
    [InlineData("// @name x\n// @param p: integer = \"ten\"\nRETURN 1", "not an integer")]
    [InlineData("// @name x\n// @param p: actor = russia\nRETURN 1", "not a JSON value")]
    [InlineData("// @name x\n// @param p: actor\n// @param p: actor\nRETURN 1", "declared twice")]
    [InlineData("// @name x\n// @author me\nRETURN 1", "'@author' is not a header field")]
    [InlineData("// @name x\n// @param 1p actor\nRETURN 1", "does not read")]
    public void Parse_BadHeader_NamesTheFileAndTheFault(string text, string fault)
    {
        var error = Should.Throw<InvalidOperationException>(() => QueryHeader.Parse(text, "bad.cypher"));
        error.Message.ShouldContain("bad.cypher");
        error.Message.ShouldContain(fault);
    }
}
