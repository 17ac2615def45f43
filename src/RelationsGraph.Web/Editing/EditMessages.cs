namespace RelationsGraph.Web.Editing;

/// <summary>Every message the editing endpoints and forms show, worded in one place.</summary>
internal static class EditMessages
{
    public static string Required(string what) => $"{what} is required.";

    public static string TooLong(string what, int max) => $"{what} is longer than {max} characters.";

    public static string BadId(string id) =>
        $"'{id}' is not a usable id: use lowercase letters, digits, '-', '_' or '.', starting with a letter or digit, at most {EditLimits.MaxId} characters.";

    public static string IdMismatch(string inBody, string inPath) =>
        $"The id in the body ('{inBody}') differs from the id in the address ('{inPath}'); an id cannot be changed.";

    public static string DuplicateId(string what, string id) => $"There is already {what} with id '{id}'.";

    public static string UnknownTieType(string value, IEnumerable<string> known) =>
        $"'{value}' is not a known tie type; known types: {string.Join(", ", known)}.";

    public static string UnknownStatus(string value, IEnumerable<string> known) =>
        $"'{value}' is not a known status; known statuses: {string.Join(", ", known)}.";

    public static string UnknownPhase(string value, IEnumerable<string> known) =>
        $"'{value}' is not a known phase; known phases: {string.Join(", ", known)}.";

    public static string UnknownKind(string value, IEnumerable<string> known) =>
        $"'{value}' is not a known actor kind; known kinds: {string.Join(", ", known)}.";

    public static string UnknownStance(string value) => $"'{value}' is not a stance; use 'asserts' or 'denies'.";

    public static string UnknownPrecision(string value) => $"'{value}' is not a date precision; use year, month or day.";

    public const string PrecisionWithoutDate = "A precision was given without a date.";

    public static string BadDate(string value) =>
        $"'{value}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022, 2024-06 or 2024-06-19).";

    public static string PrecisionFinerThanDate(string value, string precision) =>
        $"'{value}' does not give a {precision}; write the date to that precision.";

    public static string NotFirstOfPeriod(string value, string precision, string suggestion) =>
        $"'{value}' is not the first day of its {precision}; for {precision} precision write {suggestion}.";

    public static string EndsBeforeStart(string validTo, string validFrom) =>
        $"The tie cannot end ({validTo}) before it begins ({validFrom}).";

    public const string SelfTie = "A tie cannot link an actor to itself; choose two different actors.";

    public static string ConfidenceRange(long value) => $"Confidence must be from 0 to 100; it was {value}.";

    public static string ConfidenceNotNumber(string value) => $"Confidence must be a whole number from 0 to 100; '{value}' is not.";

    public static string NoActor(string id) => $"There is no actor with id '{id}'.";

    public static string NoSource(string id) => $"There is no source with id '{id}'.";

    public static string NoTie(string id) => $"There is no tie with id '{id}'.";

    public static string NoEvidence(string id) => $"There is no evidence with id '{id}'.";

    public static string Unchangeable(string field, string stored) =>
        $"A tie's {field} cannot change (it is '{stored}'); delete the tie and create a new one instead.";

    public static string EvidenceTieUnchangeable(string stored) =>
        $"Evidence cannot move to another tie (it supports '{stored}'); delete it and add new evidence to the other tie.";

    public const string VersionRequired =
        "The version you edited is required (the 'version' you read), so a change made meanwhile is not overwritten.";

    public static string Stale(string what, long yours, long current, string? by, string? at) =>
        $"Someone else changed this {what} since you opened it (you edited version {yours}; it is now version {current}" +
        (by is null ? "" : $", saved by {by}") + (at is null ? "" : $" on {at}") +
        "). Reload it to see their changes, then make yours again.";

    public static string BadUrl(string value) => $"'{value}' is not a web address; give a full http:// or https:// URL.";

    public static string BadReliability(string value) => $"'{value}' is not a reliability grade; use a letter from A to F.";

    public static string BadCountry(string value) => $"'{value}' is not a country code; use two or three capital letters (e.g. KR, USA).";

    public static string TooMany(string what, int max) => $"At most {max} {what} are allowed.";

    public const string EvidenceOnlyOnCreate =
        "Evidence can be given with a new tie only; add evidence to an existing tie through /api/evidence.";

    public const string EvidenceNeedsSource = "Choose the source this evidence cites.";

    public static string ActorHasTies(string name, long ties, long evidence, long attributed) =>
        $"{name} has {Count(ties, "tie")}; deleting it deletes {(ties == 1 ? "it" : "them")} too" +
        (evidence > 0 ? $", with {Count(evidence, "piece")} of evidence" : "") +
        (attributed > 0 ? $", and {Count(attributed, "piece")} of evidence it asserted or denied will no longer name who said it" : "") +
        ". Confirm to delete.";

    public static string TiesChanged(long confirmed, long now) =>
        $"The actor's ties changed since you confirmed: you confirmed deleting {Count(confirmed, "tie")}, it now has {now}. Look again and confirm.";

    public static string SourceHasEvidence(string title, long evidence) =>
        $"{Count(evidence, "piece")} of evidence cite{(evidence == 1 ? "s" : "")} '{title}'; deleting the source deletes {(evidence == 1 ? "it" : "them")} too. Confirm to delete.";

    public static string Count(long n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
