using System.Text;
using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Import.Tables;

namespace RelationsGraph.Web.Tests.Import.Tables;

public sealed class TableReaderTests
{
    private static ParsedFile Read(string text, char? delimiter = null, int maxRows = 1000) =>
        TableReader.Read(Encoding.UTF8.GetBytes(text), delimiter, maxRows);

    [Fact]
    public void Read_Utf8WithByteOrderMarkAndCrLf_ReportsHowItWasRead()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("id;name\r\nx;Zürich\r\n")).ToArray();
        var file = TableReader.Read(bytes, null, 10);
        file.Format.ShouldBe("csv");
        file.ByteOrderMark.ShouldBeTrue();
        file.Encoding.ShouldBe("UTF-8");
        file.Delimiter.ShouldBe(";");
        file.LineEnding.ShouldBe("CRLF");
        file.Rows.Columns.ShouldBe(["id", "name"]);
        file.Rows.Rows.Single().Cells.ShouldBe(["x", "Zürich"]);
    }

    [Fact]
    public void Read_Utf16WithByteOrderMark_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a,b\n1,ü\n")).ToArray();
        var file = TableReader.Read(bytes, null, 10);
        file.Encoding.ShouldBe("UTF-16LE");
        file.Rows.Rows.Single().Cells.ShouldBe(["1", "ü"]);
    }

    [Fact]
    public void Read_BytesThatAreNotUtf8_AreReadAsLatin1()
    {
        var bytes = Encoding.Latin1.GetBytes("name\nCôte d'Ivoire\n");
        var file = TableReader.Read(bytes, null, 10);
        file.Encoding.ShouldBe("ISO-8859-1");
        file.Rows.Rows.Single().Cells.ShouldBe(["Côte d'Ivoire"]);
    }

    [Fact]
    public void Read_HeaderWithBlankAndPaddedNames_NamesAndTrimsThem()
    {
        Read(" id ,,name\n1,2,3\n").Rows.Columns.ShouldBe(["id", "column2", "name"]);
    }

    [Fact]
    public void Read_DuplicateColumnNames_AreRefusedNamingBoth()
    {
        var error = Should.Throw<CypherException>(() => Read("id,name,id\n1,2,3\n"));
        error.Code.ShouldBe(StatusCodes.RequestInvalid);
        error.Message.ShouldContain("columns 1 and 3");
    }

    [Fact]
    public void Read_EmptyFile_IsRefused()
    {
        Should.Throw<CypherException>(() => Read("\n\n")).Message.ShouldContain("empty");
    }

    [Fact]
    public void Read_MoreRowsThanAllowed_IsRefused()
    {
        Should.Throw<CypherException>(() => Read("a\n1\n2\n3\n", maxRows: 2)).Message.ShouldContain("more than 2");
    }

    [Fact]
    public void Read_BrokenQuoting_IsA400NamingLineAndColumn()
    {
        var error = Should.Throw<CypherException>(() => Read("a,b\n1,\"oops\n"));
        error.Code.ShouldBe(StatusCodes.RequestInvalid);
        error.Line.ShouldBe(2);
        error.Column.ShouldBe(3);
    }

    [Fact]
    public void Read_RowsWithTooFewOrTooManyFields_AreKeptAsTheyAre()
    {
        var rows = Read("a,b\n1\n1,2,3\n").Rows.Rows;
        rows[0].Cells.Count.ShouldBe(1);
        rows[1].Cells.Count.ShouldBe(3);
        rows[1].Line.ShouldBe(3);
    }

    [Fact]
    public void Read_JsonArray_FlattensPropertiesAndKeepsListsAsJson()
    {
        var file = Read("""
            [ { "id": "a", "confidence": 90, "ok": true, "aliases": ["x", "y"], "properties": { "amount": 1.5 } },
              { "id": "b", "note": null, "extra": "z" } ]
            """);
        file.Format.ShouldBe("json");
        file.Rows.Columns.ShouldBe(["id", "confidence", "ok", "aliases", "amount", "note", "extra"]);
        file.Rows.Rows[0].Cells.ShouldBe(["a", "90", "true", "[\"x\", \"y\"]", "1.5", null, null]);
        file.Rows.Rows[1].Cells.ShouldBe(["b", null, null, null, null, null, "z"]);
        file.Rows.Rows[1].Line.ShouldBeNull();
        file.Rows.Rows[1].Where.ShouldBe("record 2");
    }

    [Fact]
    public void Read_JsonObjectWithActorsAndTies_IsAGraphDocument()
    {
        var file = Read("""{ "format": "relationsgraph", "actors": [ { "id": "a" } ], "ties": [], "evidence": [ { "id": "e" } ] }""");
        file.IsGraphDocument.ShouldBeTrue();
        file.Tables["actors"].Rows.Count.ShouldBe(1);
        file.Tables["ties"].Rows.ShouldBeEmpty();
        file.Tables["sources"].Rows.ShouldBeEmpty();
        file.Tables["evidence"].Rows.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("""{ "rows": [] }""", "no 'actors' or 'ties'")]
    [InlineData("""[ 1, 2 ]""", "item 1 of the file is a number")]
    [InlineData("""{ "actors": {} }""", "'actors' is not an array")]
    public void Read_JsonThatIsNoTable_IsRefusedSayingWhy(string json, string why)
    {
        Should.Throw<CypherException>(() => Read(json)).Message.ShouldContain(why);
    }

    [Fact]
    public void Read_MalformedJson_IsRefusedWithItsLine()
    {
        var error = Should.Throw<CypherException>(() => Read("[\n { \"id\": \"a\" },\n { \"id\": }\n]"));
        error.Message.ShouldStartWith("The file is not valid JSON");
        error.Line.ShouldBe(3);
    }
}
