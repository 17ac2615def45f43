using System.Text;
using RelationsGraph.Web.Export;
using RelationsGraph.Web.Import.Csv;

namespace RelationsGraph.Web.Tests.Import.Csv;

public sealed class CsvReaderTests
{
    // Records as "line: [fields as JSON]", so a mismatch shows exactly which field differs.
    private static List<string> Read(string text, char delimiter = ',') =>
        CsvReader.Read(text, delimiter).Select(r => R(r.Line, [.. r.Fields])).ToList();

    private static string R(int line, params string[] fields) => $"{line}: {System.Text.Json.JsonSerializer.Serialize(fields)}";

    [Fact]
    public void Read_PlainRows_SplitsFieldsAndNumbersLines()
    {
        Read("a,b,c\n1,2,3\n4,5,6\n").ShouldBe([R(1, "a", "b", "c"), R(2, "1", "2", "3"), R(3, "4", "5", "6")]);
    }

    [Fact]
    public void Read_ByteOrderMark_IsDropped()
    {
        var records = CsvReader.Read("\uFEFFid,name\nx,y").ToList();
        records[0].Fields.ShouldBe(["id", "name"]);
        records[0].Fields[0].Length.ShouldBe(2);
    }

    [Theory]
    [InlineData("a,b\r1,2\r3,4\r")]
    [InlineData("a,b\r\n1,2\r\n3,4\r\n")]
    [InlineData("a,b\n1,2\n3,4")]
    [InlineData("a,b\r\n1,2\r3,4\n")]
    public void Read_AnyLineEnds_GiveTheSameRecords(string text)
    {
        Read(text).ShouldBe([R(1, "a", "b"), R(2, "1", "2"), R(3, "3", "4")]);
    }

    [Fact]
    public void Read_QuotedFieldsWithDelimitersAndLineBreaks_KeepThemAndCountPhysicalLines()
    {
        var records = Read("id,text\n1,\"one, two\"\n2,\"line one\nline two\r\nline three\"\n3,\"x\"\n");
        records.ShouldBe([
            R(1, "id", "text"),
            R(2, "1", "one, two"),
            R(3, "2", "line one\nline two\r\nline three"),
            R(6, "3", "x"),
        ]);
    }

    [Fact]
    public void Read_DoubledQuotesInsideQuotes_AreOneQuote()
    {
        CsvReader.Read("\"He said \"\"no\"\"\",\"\"\"\"\n").Single().Fields.ShouldBe(["He said \"no\"", "\""]);
    }

    [Fact]
    public void Read_EmptyCells_AreEmptyStrings()
    {
        Read("a,,c,\n,,,\n").ShouldBe([R(1, "a", "", "c", ""), R(2, "", "", "", "")]);
    }

    [Fact]
    public void Read_EmptyLines_AreSkippedButAQuotedEmptyFieldIsARecord()
    {
        Read("a\n\n\r\n1\n\"\"\n\n").ShouldBe([R(1, "a"), R(4, "1"), R(5, "")]);
    }

    [Fact]
    public void Read_EmptyText_HasNoRecords()
    {
        Read("").ShouldBeEmpty();
        Read("\uFEFF").ShouldBeEmpty();
    }

    [Fact]
    public void Read_QuoteInsideAnUnquotedField_IsKeptAsText()
    {
        CsvReader.Read("5'10\",x\n").Single().Fields.ShouldBe(["5'10\"", "x"]);
    }

    [Fact]
    public void Read_SpacesAfterAClosingQuote_AreIgnored()
    {
        CsvReader.Read("\"a\"  ,b\n").Single().Fields.ShouldBe(["a", "b"]);
    }

    [Fact]
    public void Read_UnterminatedQuote_FailsNamingWhereItStarted()
    {
        var error = Should.Throw<CsvFormatException>(() => Read("a,b\n1,2\n3,\"open\n4,5\n"));
        error.Line.ShouldBe(3);
        error.Column.ShouldBe(3);
        error.Message.ShouldContain("line 3");
    }

    [Fact]
    public void Read_TextAfterAClosingQuote_FailsWithLineAndColumn()
    {
        var error = Should.Throw<CsvFormatException>(() => Read("a,b\n\"x\"y,2\n"));
        error.Line.ShouldBe(2);
        error.Column.ShouldBe(4);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void Read_OtherDelimiters_SplitOnThemOnly(char delimiter)
    {
        var text = $"a{delimiter}b,c\n\"x{delimiter}y\"{delimiter}z\n";
        Read(text, delimiter).ShouldBe([R(1, "a", "b,c"), R(2, $"x{delimiter}y", "z")]);
    }

    [Fact]
    public void Read_QuoteAsDelimiter_IsRefused()
    {
        Should.Throw<ArgumentException>(() => CsvReader.Read("a", '"'));
    }

    [Theory]
    [InlineData("a,b;c\n", ',')]
    [InlineData("a;b;c,d\n", ';')]
    [InlineData("a\tb\tc\n", '\t')]
    [InlineData("\"a;b;c\",d\n", ',')]
    [InlineData("single\n", ',')]
    public void SniffDelimiter_FirstRecord_PicksTheCommonestOutsideQuotes(string text, char expected)
    {
        CsvReader.SniffDelimiter(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("a\nb\n", "LF")]
    [InlineData("a\r\nb\r\n", "CRLF")]
    [InlineData("a\rb\r", "CR")]
    [InlineData("a\r\nb\n", "mixed")]
    [InlineData("a", "none")]
    public void LineEnding_Text_IsNamed(string text, string expected)
    {
        CsvReader.LineEnding(text).ShouldBe(expected);
    }

    [Fact]
    public async Task Read_WhatTheCsvWriterWrites_ComesBackExactly()
    {
        // Awkward fields from a fixed seed: delimiters, quotes, CR, LF, CRLF, spaces, empties, non-ASCII.
        var random = new Random(4180);
        var alphabet = new[] { "a", "Z", "9", ",", "\"", "\r", "\n", "\r\n", " ", "é", "漢", ";", "'" };
        var rows = Enumerable.Range(0, 300)
            .Select(_ => Enumerable.Range(0, 4).Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]))).ToArray())
            .ToList();
        rows.Insert(0, ["h1", "h2", "h3", "h4"]);
        var text = new StringWriter();
        var writer = new CsvWriter(text);
        foreach (var row in rows)
        {
            await writer.WriteRowAsync(row);
        }

        // A row of four empty fields is written as ",,," and still read as one record.
        var read = CsvReader.Read(text.ToString()).Select(r => r.Fields.ToArray()).ToList();
        read.Count.ShouldBe(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            read[i].ShouldBe(rows[i], $"row {i}");
        }
    }

    [RealDataFact]
    public void Read_CowCountryCodesWithCrOnlyLineEnds_GivesEveryRow()
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(RealData.File("cow-states-v2016/COW-country-codes.csv")));
        CsvReader.LineEnding(text).ShouldBe("CR");
        var records = CsvReader.Read(text).ToList();
        records[0].Fields.ShouldBe(["StateAbb", "CCode", "StateNme"]);
        records.Count.ShouldBe(244);
        records[1].Fields.ShouldBe(["USA", "2", "United States of America"]);
        records[1].Line.ShouldBe(2);
        records[^1].Line.ShouldBe(244);
    }
}
