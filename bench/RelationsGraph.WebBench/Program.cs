using System.Globalization;
using RelationsGraph.WebBench;

// The web app at scale (see bench/README.md, "Web app at scale"):
//   load <dataDir> <dbPath>            build an app-model embedded store from gen-graph.js output
//   browser <baseUrl> <label> [runs]   time the explorer in Chromium: navigation to a laid-out view, FPS while panning
var repoRoot = RepoRoot.Find();
switch (args.FirstOrDefault())
{
    case "load" when args.Length == 3:
        return new StoreLoader(args[1], args[2], repoRoot).Run();
    case "browser" when args.Length is 3 or 4:
        var runs = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
        return await new BrowserBench(new Uri(args[1]), args[2], runs).RunAsync();
    default:
        await Console.Error.WriteLineAsync("usage: load <dataDir> <dbPath> | browser <baseUrl> <label> [runs]");
        return 2;
}
