using RelationsGraph.Web.Errors;
using CypherException = RelationsGraph.Core.Errors.CypherException;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;

namespace RelationsGraph.Web.Import;

/// <summary>
/// Every error the import and export raise, worded in one place. They are CypherExceptions with a Neo4j
/// status code, so the one exception handler (Errors/GraphExceptionHandler) maps them like every other error.
/// </summary>
internal static class ImportErrors
{
    public static CypherException UnreadableCsv(string message, int line, int column) =>
        new(Neo4jCodes.RequestInvalid, $"The file is not valid CSV: {message}", line, column);

    public static CypherException UnreadableJson(string message, int? line) =>
        new(Neo4jCodes.RequestInvalid, $"The file is not valid JSON: {message}", line);

    public static CypherException UnreadableText(string message) =>
        new(Neo4jCodes.RequestInvalid, message);

    public static CypherException NotATable(string why) =>
        new(Neo4jCodes.RequestInvalid, $"The JSON file is neither an array of objects nor a RelationsGraph export: {why}.");

    public static CypherException EmptyFile() =>
        new(Neo4jCodes.RequestInvalid, "The file has no header row: it is empty.");

    public static CypherException DuplicateColumn(string name, int first, int second) =>
        new(Neo4jCodes.RequestInvalid, $"The column '{name}' appears twice (columns {first} and {second}); give each column its own name.", 1, second);

    public static CypherException TooManyRows(int max) =>
        new(Neo4jCodes.RequestInvalid, $"The file has more than {max:N0} data rows; split it.");

    // The same code, and so the same 413, as a body past Security:MaxUploadBytes: to the user both are "too large",
    // whichever of the two limits was met first.
    public static CypherException FileTooLarge(long size, long max) =>
        new(ProblemResponses.TooLargeCode, $"The file is {size:N0} bytes; the largest accepted is {max:N0} bytes (Import:MaxFileBytes).");

    public static CypherException NoFile() =>
        new(Neo4jCodes.RequestInvalid, "Choose a file to upload (form field 'file').");

    public static CypherException UnreadableForm(string message) =>
        new(Neo4jCodes.RequestInvalid, $"The upload is not a readable multipart form: {message}");

    public static CypherException BadDelimiter(string value) =>
        new(Neo4jCodes.RequestInvalid, $"'{value}' is not a delimiter; use one character: a comma, a semicolon, a tab (\\t) or a bar.");

    public static CypherException UploadNotFound(string id) =>
        new(Neo4jCodes.EntityNotFound, $"There is no upload '{id}' (uploads are kept for a limited time; upload the file again).");

    public static CypherException JobNotFound(string id) =>
        new(Neo4jCodes.EntityNotFound, $"There is no import job '{id}' (finished jobs are kept for a limited time).");

    public static CypherException PresetNotFound(string id) =>
        new(Neo4jCodes.EntityNotFound, $"There is no import preset '{id}'.");

    public static CypherException MappingRequired() =>
        new(Neo4jCodes.RequestInvalid, "Give a column mapping ('mapping') or the id of a preset ('preset').");

    public static CypherException BothMappingAndPreset() =>
        new(Neo4jCodes.RequestInvalid, "Give either a column mapping ('mapping') or a preset ('preset'), not both.");

    public static CypherException InvalidMapping(IReadOnlyList<string> problems) =>
        new(Neo4jCodes.RequestInvalid, problems.Count == 1
            ? $"The column mapping is invalid: {problems[0]}"
            : $"The column mapping has {problems.Count} problems: " + string.Join(" ", problems.Select((p, i) => $"({i + 1}) {p}")));

    public static CypherException RejectedRows(int rejected, int total) =>
        new(Neo4jCodes.RequestInvalid,
            $"{rejected:N0} of {total:N0} rows are rejected, so nothing was imported: fix the file or the mapping, or import again with 'skip rejected rows' to leave them out.");

    public static CypherException NotAGraphDocumentMapping() =>
        new(Neo4jCodes.RequestInvalid, "A RelationsGraph export (JSON with actors and ties) is imported as it is; it takes no column mapping or preset.");

    public static CypherException GraphDocumentExpected() =>
        new(Neo4jCodes.RequestInvalid, "This file is a table; give a column mapping or a preset to import it.");

    public static CypherException BadOption(string name, string value, string expected) =>
        new(Neo4jCodes.RequestInvalid, $"'{value}' is not a valid {name}; expected {expected}.");

    public static CypherException UnknownExportFormat(string format, IEnumerable<string> known) =>
        new(Neo4jCodes.EntityNotFound, $"There is no export '{format}'; exports: {string.Join(", ", known)}.");
}
