namespace RelationsGraph.Web.Errors;

/// <summary>The <c>code</c> of every edit refusal, so clients can tell them apart without reading messages.</summary>
public static class EditCodes
{
    /// <summary>400: one or more fields are invalid; <c>errors</c> says which and why.</summary>
    public const string Invalid = "RelationsGraph.Edit.Invalid";

    /// <summary>409: the id is taken.</summary>
    public const string DuplicateId = "RelationsGraph.Edit.DuplicateId";

    /// <summary>409: someone changed the record since the client read it.</summary>
    public const string StaleVersion = "RelationsGraph.Edit.StaleVersion";

    /// <summary>409: the delete would take other records with it; repeat it with confirmation.</summary>
    public const string ConfirmationRequired = "RelationsGraph.Edit.ConfirmationRequired";
}
