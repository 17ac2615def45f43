using RelationsGraph.Infrastructure;
using RelationsGraph.Web.Hosting;
using RelationsGraph.Web.Queries;

var builder = WebApplication.CreateBuilder(args);

builder.UseRepositoryWebRoot();
builder.Services.AddGraphBackend(builder.Configuration);
builder.Services.AddNetworkExplorer(builder.Environment);
builder.Services.AddSavedQueries(builder.Environment);
builder.Services.AddApiErrorHandling();
builder.Services.AddControllersWithViews();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseRouting();
app.MapOpenApi();
app.MapControllers();
app.MapDefaultControllerRoute();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
