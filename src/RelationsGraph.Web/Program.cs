using RelationsGraph.Infrastructure;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Editing;
using RelationsGraph.Web.Hosting;
using RelationsGraph.Web.Import;
using RelationsGraph.Web.Queries;
using RelationsGraph.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.UseRepositoryWebRoot();
builder.AddAppSecurity();
builder.Services.AddGraphBackend(builder.Configuration);
builder.Services.AddNetworkExplorer(builder.Environment);
builder.Services.AddSavedQueries(builder.Environment);
builder.Services.AddAuditTrail();
builder.Services.AddEditing();
builder.Services.AddImportExport(builder.Environment);
builder.Services.AddApiErrorHandling();
builder.Services.AddControllersWithViews();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseRequestSizeLimits();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuditTrail();
app.UseAuthorization();
app.UsePasswordChangeGate();
app.MapOpenApi().RequireAuthorization(Roles.Viewer);
app.MapControllers();
app.MapDefaultControllerRoute();

return app.RunOrExplainRefusal();

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
