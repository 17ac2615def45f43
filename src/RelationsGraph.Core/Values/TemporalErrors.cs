using RelationsGraph.Core.Errors;

namespace RelationsGraph.Core.Values;

/// <summary>The errors the temporal value types raise, with their messages in one place.</summary>
internal static class TemporalErrors
{
    public static CypherException InvalidValue(string message) =>
        new(StatusCodes.ArgumentError, message, detail: "InvalidArgumentValue");

    public static CypherException CannotParse(string typeName, string text) =>
        new(StatusCodes.ArgumentError, $"Text cannot be parsed to a {typeName}: \"{text}\"", detail: "InvalidArgumentValue");

    public static CypherException UnknownZone(string zone) =>
        new(StatusCodes.ArgumentError, $"Invalid value for time zone: '{zone}' is neither an offset nor a known time zone id.", detail: "InvalidArgumentValue");

    public static CypherException Overflow(string what) =>
        new(StatusCodes.ArgumentError, $"The result of {what} is out of the supported temporal range.", detail: "InvalidArgumentValue");
}
