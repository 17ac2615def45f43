namespace RelationsGraph.Web.Security;

/// <summary>Shows the first admin's one-time password to whoever started the app, once.</summary>
public interface IInitialPasswordNotice
{
    void Show(string userName, string password);
}
