using RelationsGraph.Web.Import.Tables;

namespace RelationsGraph.Web.Import.Jobs;

/// <summary>An uploaded file, kept (bytes and the tables read from them) so preview, dry run and apply need one upload.</summary>
internal sealed record Upload(string Id, string FileName, byte[] Bytes, string Sha256, ParsedFile File, DateTimeOffset At);
