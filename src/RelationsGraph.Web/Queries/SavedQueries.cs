using System.Text.Json;
using System.Text.RegularExpressions;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// The saved queries users see: the library's (read-only) and their own (in the graph store). Saving checks the
/// fields and compiles the query, so a query with a syntax error is never stored.
/// </summary>
public sealed partial class SavedQueries(QueryLibrary library, UserQueryStore users, QueryRunner runner, NetworkRegistry registry)
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2_000;
    public const int MaxTags = 20;
    public const int MaxTagLength = 50;
    public const int MaxParameters = 30;

    public async Task<IReadOnlyList<SavedQuery>> ListAsync(string? search, string? tag, CancellationToken ct)
    {
        var all = library.Queries.Concat(await users.ListAsync(ct).ConfigureAwait(false));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            all = all.Where(q => q.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || (q.Description?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
                || q.Tags.Any(t => t.Contains(text, StringComparison.OrdinalIgnoreCase)));
        }

        if (!string.IsNullOrWhiteSpace(tag))
        {
            all = all.Where(q => q.Tags.Contains(tag.Trim(), StringComparer.OrdinalIgnoreCase));
        }

        return all.ToList();
    }

    public async Task<SavedQuery> GetAsync(string id, CancellationToken ct) =>
        library.Find(id) ?? await users.FindAsync(id, ct).ConfigureAwait(false) ?? throw QueryErrors.NotFound(id);

    public async Task<SavedQuery> CreateAsync(SavedQueryInput input, CancellationToken ct)
    {
        var valid = Validate(input);
        await runner.CheckSyntaxAsync(valid.Query, ct).ConfigureAwait(false);
        return await users.SaveAsync(UserQueryStore.NewId(), valid.Name, valid.Description, valid.Tags, valid.Query, valid.Parameters, ct).ConfigureAwait(false);
    }

    public async Task<SavedQuery> UpdateAsync(string id, SavedQueryInput input, CancellationToken ct)
    {
        await EnsureUserQueryAsync(id, ct).ConfigureAwait(false);
        var valid = Validate(input);
        await runner.CheckSyntaxAsync(valid.Query, ct).ConfigureAwait(false);
        return await users.SaveAsync(id, valid.Name, valid.Description, valid.Tags, valid.Query, valid.Parameters, ct).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string id, CancellationToken ct)
    {
        if (library.Find(id) is not null)
        {
            throw QueryErrors.LibraryIsReadOnly(id);
        }

        if (!await users.DeleteAsync(id, ct).ConfigureAwait(false))
        {
            throw QueryErrors.NotFound(id);
        }
    }

    public async Task<QueryRunResult> RunAsync(string id, JsonElement? parameters, CancellationToken ct) =>
        await RunAsync(await GetAsync(id, ct).ConfigureAwait(false), parameters, ct).ConfigureAwait(false);

    /// <summary>Runs a query already read (the caller records its text first), read-only.</summary>
    public async Task<QueryRunResult> RunAsync(SavedQuery query, JsonElement? parameters, CancellationToken ct)
    {
        var values = ParameterValues.Typed(query.Parameters, parameters, registry);
        return await runner.RunAsync(query.Query, values, write: false, ct).ConfigureAwait(false);
    }

    private async Task EnsureUserQueryAsync(string id, CancellationToken ct)
    {
        if (library.Find(id) is not null)
        {
            throw QueryErrors.LibraryIsReadOnly(id);
        }

        if (await users.FindAsync(id, ct).ConfigureAwait(false) is null)
        {
            throw QueryErrors.NotFound(id);
        }
    }

    private static (string Name, string? Description, IReadOnlyList<string> Tags, string Query, IReadOnlyList<SavedQueryParameter> Parameters) Validate(SavedQueryInput input)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw QueryErrors.Required("name");
        }

        if (name.Length > MaxNameLength)
        {
            throw QueryErrors.TooLong("name", MaxNameLength);
        }

        var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        if (description?.Length > MaxDescriptionLength)
        {
            throw QueryErrors.TooLong("description", MaxDescriptionLength);
        }

        var tags = (input.Tags ?? []).Select(t => t?.Trim() ?? "").Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (tags.Count > MaxTags || tags.Any(t => t.Length > MaxTagLength))
        {
            throw QueryErrors.TooLong("tags", MaxTagLength);
        }

        if (string.IsNullOrWhiteSpace(input.Query))
        {
            throw QueryErrors.Required("query");
        }

        var parameters = new List<SavedQueryParameter>();
        foreach (var (parameter, index) in (input.Parameters ?? []).Select((p, i) => (p, i)))
        {
            // The JSON reader lets a null element through whatever the declared nullability.
            if (parameter is null)
            {
                throw QueryErrors.BadParameterDeclaration($"parameters[{index}]", "it is null; give an object with a name and a type");
            }

            var pname = parameter.Name?.Trim() ?? "";
            if (!Identifier().IsMatch(pname))
            {
                throw QueryErrors.BadParameterDeclaration(pname, "a name is letters, digits and _ and starts with a letter");
            }

            if (!ParameterTypes.IsKnown(parameter.Type ?? ""))
            {
                throw QueryErrors.BadParameterDeclaration(pname, $"the type must be one of {string.Join(", ", ParameterTypes.All)}");
            }

            if (parameters.Any(p => p.Name == pname))
            {
                throw QueryErrors.BadParameterDeclaration(pname, "it is declared twice");
            }

            var fallback = parameter.Default is { ValueKind: JsonValueKind.Undefined } ? null : parameter.Default;
            if (fallback is { } value && !ParameterValues.FitsType(parameter.Type!, value))
            {
                throw QueryErrors.BadParameterDeclaration(pname, $"its default is not {QueryErrors.TypeDescription(parameter.Type!)}");
            }

            parameters.Add(new SavedQueryParameter(pname, parameter.Type!, fallback, string.IsNullOrWhiteSpace(parameter.Description) ? null : parameter.Description.Trim(), parameter.Required));
        }

        if (parameters.Count > MaxParameters)
        {
            throw QueryErrors.BadParameterDeclaration("parameters", $"at most {MaxParameters} are allowed");
        }

        return (name, description, tags, input.Query, parameters);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Identifier();
}
