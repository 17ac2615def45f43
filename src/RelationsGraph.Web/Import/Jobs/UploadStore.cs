using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RelationsGraph.Web.Import.Tables;

namespace RelationsGraph.Web.Import.Jobs;

/// <summary>
/// Uploaded files, in memory, for a limited time and number (ImportOptions). A file is read into tables once,
/// on upload, so a file that is not CSV or JSON is refused at once with where it went wrong.
/// </summary>
public sealed class UploadStore(IOptions<ImportOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Upload> _uploads = new(StringComparer.Ordinal);

    internal Upload Add(string fileName, byte[] bytes, char? delimiter)
    {
        var limits = options.Value;
        if (bytes.LongLength > limits.MaxFileBytes)
        {
            throw ImportErrors.FileTooLarge(bytes.LongLength, limits.MaxFileBytes);
        }

        var file = TableReader.Read(bytes, delimiter, limits.MaxRows);
        var upload = new Upload(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            Path.GetFileName(fileName),
            bytes,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            file,
            clock.GetUtcNow());
        Sweep(room: 1);
        _uploads[upload.Id] = upload;
        return upload;
    }

    internal Upload Get(string id)
    {
        Sweep(room: 0);
        return _uploads.TryGetValue(id, out var upload) ? upload : throw ImportErrors.UploadNotFound(id);
    }

    /// <summary>The upload read again with another delimiter (a mapping may say which one).</summary>
    internal Upload WithDelimiter(Upload upload, char delimiter)
    {
        if (!upload.File.IsGraphDocument && upload.File.Format == ParsedFile.Csv && upload.File.Delimiter != (delimiter == '\t' ? "\\t" : delimiter.ToString()))
        {
            return upload with { File = TableReader.Read(upload.Bytes, delimiter, options.Value.MaxRows) };
        }

        return upload;
    }

    private void Sweep(int room)
    {
        var limits = options.Value;
        var cutoff = clock.GetUtcNow() - limits.KeepFor;
        foreach (var old in _uploads.Values.Where(u => u.At < cutoff))
        {
            _uploads.TryRemove(old.Id, out _);
        }

        foreach (var extra in _uploads.Values.OrderByDescending(u => u.At).Skip(Math.Max(0, limits.MaxUploads - room)))
        {
            _uploads.TryRemove(extra.Id, out _);
        }
    }
}
