using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace RelationsGraph.Web.Editing.Forms;

/// <summary>Markup the editing views share: the messages beside a field.</summary>
internal static class EditHtml
{
    public static IHtmlContent FieldErrors(FormErrors errors, string field)
    {
        var messages = errors.For(field);
        if (messages.Count == 0)
        {
            return HtmlString.Empty;
        }

        var builder = new HtmlContentBuilder();
        builder.AppendHtml($"<span class=\"field-error\" id=\"error-{HtmlEncoder.Default.Encode(field)}\" role=\"alert\">");
        builder.Append(string.Join(" ", messages));
        builder.AppendHtml("</span>");
        return builder;
    }

    /// <summary>An ISO instant from the store ("2024-10-18T09:30:12.345Z") as a reader wants it: "2024-10-18 09:30:12 UTC".</summary>
    public static string When(string at) =>
        at.Length >= 19 && at[10] == 'T'
            ? $"{at[..10]} {at[11..19]}{(at.EndsWith('Z') ? " UTC" : "")}"
            : at;

    /// <summary>The attribute that ties an input to its error message, when it has one.</summary>
    public static string? DescribedBy(FormErrors errors, string field) => errors.For(field).Count > 0 ? $"error-{field}" : null;
}
