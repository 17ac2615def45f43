using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace RelationsGraph.Core.Values;

/// <summary>
/// The offsets of one IANA time zone over time. Historical transitions are read from the system's TZif
/// file (second-precision offsets, e.g. local mean time +00:53:28, which <see cref="TimeZoneInfo"/> rounds
/// to minutes); instants after the file's last transition use <see cref="TimeZoneInfo"/>'s recurring rules.
/// </summary>
internal sealed partial class ZoneRules
{
    // Zones that the current IANA database folds into another zone's rules (tzdb 2022b and later, as java.time
    // ships them); the system database here may still carry the older separate histories.
    private static readonly Dictionary<string, string> RuleLinks = new(StringComparer.Ordinal)
    {
        ["Europe/Stockholm"] = "Europe/Berlin",
        ["Europe/Oslo"] = "Europe/Berlin",
        ["Europe/Copenhagen"] = "Europe/Berlin",
        ["Arctic/Longyearbyen"] = "Europe/Berlin",
        ["Europe/Amsterdam"] = "Europe/Brussels",
        ["Europe/Luxembourg"] = "Europe/Brussels",
        ["Europe/Monaco"] = "Europe/Paris",
    };

    private static readonly ConcurrentDictionary<string, ZoneRules?> Cache = new(StringComparer.Ordinal);

    private readonly TimeZoneInfo _zone;
    private readonly long[] _transitions;
    private readonly int[] _offsetsAfter;
    private readonly int _initialOffset;
    private readonly bool _hasRecurringRules;

    private ZoneRules(string id, TimeZoneInfo zone, long[] transitions, int[] offsetsAfter, int initialOffset)
    {
        Id = id;
        _zone = zone;
        _transitions = transitions;
        _offsetsAfter = offsetsAfter;
        _initialOffset = initialOffset;
        _hasRecurringRules = zone.GetAdjustmentRules().Length > 0;
    }

    public string Id { get; }

    /// <summary>The rules of a zone id such as "Europe/Stockholm"; null when the id is unknown.</summary>
    public static ZoneRules? Find(string id) => Cache.GetOrAdd(id, Load);

    /// <summary>The UTC offset in force at an instant.</summary>
    public int OffsetAt(long epochSecond)
    {
        if (_transitions.Length > 0 && epochSecond < _transitions[^1])
        {
            var index = Array.BinarySearch(_transitions, epochSecond);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return index < 0 ? _initialOffset : _offsetsAfter[index];
        }

        if (_transitions.Length > 0 && epochSecond >= _transitions[^1] && !_hasRecurringRules)
        {
            return _offsetsAfter[^1];
        }

        // TimeZoneInfo only knows years 1..9999; beyond, the nearest end's rules stand in.
        var clamped = Math.Clamp(epochSecond, -62_135_596_800L + 86_400, 253_402_300_799L - 86_400);
        return (int)_zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(clamped)).TotalSeconds;
    }

    /// <summary>
    /// The offset for a local date-time (as seconds since the epoch on the local time line), the way java.time
    /// resolves it: in an overlap the earlier offset; in a gap the local time moves forward by the gap's length.
    /// </summary>
    public (int Offset, long LocalEpochSecond) Resolve(long localEpochSecond)
    {
        var before = OffsetAt(localEpochSecond - 86_400);
        var after = OffsetAt(localEpochSecond + 86_400);
        var beforeValid = OffsetAt(localEpochSecond - before) == before;
        var afterValid = OffsetAt(localEpochSecond - after) == after;
        if (beforeValid)
        {
            return (before, localEpochSecond);
        }

        if (afterValid)
        {
            return (after, localEpochSecond);
        }

        // In a gap: keep the instant the earlier offset would give, shown with the later offset.
        var offset = OffsetAt(localEpochSecond - before);
        return (offset, localEpochSecond - before + offset);
    }

    // Zone ids are matched case-insensitively and with spaces for underscores, as Neo4j's zone parser does.
    private static readonly Lazy<Dictionary<string, string>> KnownIds = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.Id)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(i => i, i => i, StringComparer.OrdinalIgnoreCase));

    private static ZoneRules? Load(string requested)
    {
        var id = requested.Trim().Replace(' ', '_');
        if (!ValidId().IsMatch(id) || id.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        if (KnownIds.Value.TryGetValue(id, out var canonical))
        {
            id = canonical;
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }

        var rulesId = id;
        if (RuleLinks.TryGetValue(id, out var linked) && TryFindZone(linked) is { } linkedZone)
        {
            rulesId = linked;
            zone = linkedZone;
        }

        var (transitions, offsets, initial) = ReadTzif(rulesId) ?? ([], [], (int)zone.BaseUtcOffset.TotalSeconds);
        return new ZoneRules(id, zone, transitions, offsets, initial);
    }

    private static TimeZoneInfo? TryFindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Transitions of a TZif (RFC 8536) file's 64-bit section; null when no such file is readable.</summary>
    private static (long[] Transitions, int[] Offsets, int Initial)? ReadTzif(string id)
    {
        var dir = Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } tzdir ? tzdir : "/usr/share/zoneinfo";
        var path = Path.Combine(dir, id);
        byte[] data;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            data = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        if (data.Length < 44 || data[0] != 'T' || data[1] != 'Z' || data[2] != 'i' || data[3] != 'f' || data[4] == 0)
        {
            return null;
        }

        // Skip the version 1 block (32-bit times) to reach the version 2+ header.
        var (v1Length, _) = BlockLength(data, 0, 4);
        var start = 44 + v1Length;
        if (data.Length < start + 44)
        {
            return null;
        }

        var (_, counts) = BlockLength(data, start, 8);
        var (timeCount, typeCount) = (counts.TimeCount, counts.TypeCount);
        var pos = start + 44;
        var transitions = new long[timeCount];
        for (var i = 0; i < timeCount; i++, pos += 8)
        {
            transitions[i] = BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(pos));
        }

        var typeIndex = data.AsSpan(pos, timeCount).ToArray();
        pos += timeCount;
        var typeOffsets = new int[typeCount];
        for (var i = 0; i < typeCount; i++, pos += 6)
        {
            typeOffsets[i] = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(pos));
        }

        var offsets = typeIndex.Select(t => typeOffsets[t]).ToArray();
        return (transitions, offsets, typeOffsets.Length > 0 ? typeOffsets[0] : 0);
    }

    private static (int Length, (int TimeCount, int TypeCount) Counts) BlockLength(byte[] data, int headerStart, int timeSize)
    {
        int Count(int index) => BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(headerStart + 20 + (index * 4)));
        var (isUt, isStd, leap, time, type, chars) = (Count(0), Count(1), Count(2), Count(3), Count(4), Count(5));
        var length = (time * timeSize) + time + (type * 6) + chars + (leap * (timeSize + 4)) + isStd + isUt;
        return (length, (time, type));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidId();
}
