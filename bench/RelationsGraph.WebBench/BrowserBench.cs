using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace RelationsGraph.WebBench;

/// <summary>
/// Opens the explorer in Debian's Chromium and measures, per run in a fresh browser context: navigation start to
/// the page's own <c>rg:view-ready</c> mark (data loaded, laid out, first frame drawn, page idle), the wheel-to-frame
/// latency just after that, and frames per second while a scripted mouse drag pans the canvas (animation frames the
/// page got; for the canvas renderer also how many of them Cytoscape redrew, which the WebGL renderer does not report).
/// </summary>
internal sealed class BrowserBench(Uri url, string label, int runs)
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private static readonly TimeSpan PanDuration = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan StepLimit = TimeSpan.FromSeconds(60);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // The browser tests' flags, plus SwiftShader for WebGL: headless Chromium here has no GPU, and Chromium no
    // longer falls back to its software GL by itself.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--enable-unsafe-swiftshader", "--use-angle=swiftshader",
    ];

    public async Task<int> RunAsync()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });

        var session = await SignInAsync(browser);
        var results = new JsonArray();
        // Run 0 warms the server (JIT, plan cache) and the browser's code cache; it is reported but not counted.
        for (var run = 0; run <= runs; run++)
        {
            var result = await OneRunAsync(browser, session);
            result["run"] = run;
            result["warmUp"] = run == 0;
            await Console.Error.WriteLineAsync($"{label} run {run}: {result.ToJsonString()}");
            results.Add(result);
        }

        if (runs < 1)
        {
            return 0;
        }

        var counted = results.Skip(1).Select(r => r!.AsObject()).ToList();
        var summary = new JsonObject
        {
            ["label"] = label,
            ["url"] = url.ToString(),
            ["runs"] = counted.Count,
            ["browser"] = browser.Version,
            ["median_view_ready_ms"] = Median(counted, "viewReadyMs"),
            ["median_layout_ms"] = Median(counted, "layoutMs"),
            ["median_wheel_to_frame_ms"] = Median(counted, "wheelToFrameMs"),
            ["median_pan_fps"] = Median(counted, "panFps"),
            ["median_pan_renders_per_s"] = Median(counted, "panRendersPerSecond"),
            ["all"] = results,
        };
        Directory.CreateDirectory("bench-work/results");
        var path = $"bench-work/results/web-browser-{label}.json";
        await File.WriteAllTextAsync(path, summary.ToJsonString(Indented));
        var first = counted[0];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: elements={first["elements"]} (nodes {first["nodes"]}, edges {first["edges"]}) renderer={first["renderer"]} layout={first["layout"]} "
            + $"view-ready median {summary["median_view_ready_ms"]} ms (layout {summary["median_layout_ms"]} ms), "
            + $"wheel→frame {summary["median_wheel_to_frame_ms"]} ms, pan {summary["median_pan_fps"]} fps ({summary["median_pan_renders_per_s"]} redraws/s) over {counted.Count} runs; {path}"));
        return 0;
    }

    /// <summary>
    /// Signs in through the sign-in page as the account bench/web/serve.sh makes (BENCH_USER, BENCH_PASSWORD) and
    /// returns the session's browser state, so each timed run starts signed in but otherwise cold.
    /// </summary>
    private async Task<string> SignInAsync(IBrowser browser)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(url, "/account/signin").ToString());
        await page.Locator("#signin-name").FillAsync(Environment.GetEnvironmentVariable("BENCH_USER") ?? "bench");
        await page.Locator("#signin-password").FillAsync(Environment.GetEnvironmentVariable("BENCH_PASSWORD") ?? "bench-password-1");
        await page.Locator("#btn-signin").ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/account/signin", StringComparison.Ordinal));
        return await context.StorageStateAsync();
    }

    private async Task<JsonObject> OneRunAsync(IBrowser browser, string session)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            StorageState = session,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        var verbose = Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1";
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }

            if (verbose)
            {
                Console.Error.WriteLine($"console {m.Type}: {m.Text}");
            }
        };

        // BENCH_PROFILE=file.cpuprofile records the page's JavaScript from navigation to view-ready (DevTools format).
        var profilePath = Environment.GetEnvironmentVariable("BENCH_PROFILE");
        ICDPSession? cdp = null;
        if (!string.IsNullOrEmpty(profilePath))
        {
            cdp = await context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Profiler.enable");
            await cdp.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 500 });
            await cdp.SendAsync("Profiler.start");
        }

        await page.GotoAsync(url.ToString());
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            // Polled from here rather than in the page, so a page busy for minutes is still seen and reported.
            var progress = await page.EvaluateAsync<string>(
                "() => [document.body.dataset.state ?? '', ...performance.getEntriesByType('mark').map(m => `${m.name}@${Math.round(m.startTime)}`)].join(' ')");
            if (verbose)
            {
                await Console.Error.WriteLineAsync($"progress: {progress}");
            }

            if (progress.Contains("rg:view-ready", StringComparison.Ordinal) || progress.StartsWith("error", StringComparison.Ordinal))
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The explorer was not ready in 10 minutes: {progress}");
            }

            await Task.Delay(250);
        }

        if (cdp is not null)
        {
            var profile = await cdp.SendAsync("Profiler.stop");
            await File.WriteAllTextAsync(profilePath!, profile!.Value.GetProperty("profile").GetRawText());
        }

        var view = await page.EvaluateAsync<JsonElement>("""
            () => {
              const mark = name => performance.getEntriesByName(name)[0]?.startTime ?? null;
              const { cy, network } = relationsGraph;
              const gl = document.createElement('canvas').getContext('webgl2');
              const info = gl?.getExtension('WEBGL_debug_renderer_info');
              return {
                state: document.body.dataset.state,
                viewReadyMs: mark('rg:view-ready'),
                dataLoadedMs: mark('rg:data-loaded'),
                layoutMs: mark('rg:layout-done') - mark('rg:layout-start'),
                nodes: cy.nodes().length,
                edges: cy.edges().length,
                elements: cy.elements().length,
                renderer: network.mode.webgl ? 'webgl' : 'canvas',
                large: network.mode.large,
                layout: network.lastLayout,
                webglRenderer: info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : (gl ? gl.getParameter(gl.RENDERER) : 'no WebGL'),
              };
            }
            """);
        var result = JsonNode.Parse(view.GetRawText())!.AsObject();
        if (result["state"]?.GetValue<string>() == "error")
        {
            throw new InvalidOperationException($"The explorer showed an error: {await page.Locator("#state-banner").InnerTextAsync()}");
        }

        var box = (await page.Locator("#network").BoundingBoxAsync())!;
        Log("measuring wheel to frame");
        result["wheelToFrameMs"] = await WheelToFrameAsync(page, box);
        Log("panning");
        var pan = result["wheelToFrameMs"] is null ? null : PanAsync(page, box);
        if (pan is not null && await Task.WhenAny(pan, Task.Delay(StepLimit + PanDuration)) == pan)
        {
            var (fps, renders, longest) = await pan;
            result["panFps"] = fps;
            result["panRendersPerSecond"] = renders;
            result["panLongestFrameMs"] = longest;
        }
        else
        {
            result["panFps"] = null;
            result["note"] = "the page did not answer a wheel or a drag within a minute";
        }

        result["errors"] = new JsonArray(errors.Select(e => (JsonNode?)e).ToArray());
        return result;
    }

    private static void Log(string message)
    {
        if (Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1")
        {
            Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {message}");
        }
    }

    /// <summary>A wheel zoom over the canvas: time from the wheel event reaching the page to the next redraw.</summary>
    private static async Task<double?> WheelToFrameAsync(IPage page, LocatorBoundingBoxResult box)
    {
        await page.EvaluateAsync("""
            () => {
              const { cy } = relationsGraph;
              // Cytoscape draws in its own animation-frame loop, queued before this callback, and the WebGL
              // renderer emits no 'render' event: the first frame callback after the zoom runs once it is drawn.
              window.__wheel = new Promise(resolve => {
                // On the window, capturing: it runs before Cytoscape's own listener on the container zooms.
                window.addEventListener('wheel', () => {
                  const start = performance.now();
                  cy.one('zoom', () => requestAnimationFrame(() => resolve(performance.now() - start)));
                }, { capture: true, once: true });
              });
            }
            """);
        var measured = Task.Run(async () =>
        {
            await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
            await page.Mouse.WheelAsync(0, -200);
            return await page.EvaluateAsync<double>("() => window.__wheel");
        });
        // A page that takes longer than this to answer a wheel is not interactive; say so rather than wait.
        return await Task.WhenAny(measured, Task.Delay(StepLimit)) == measured ? Math.Round(await measured, 1) : null;
    }

    /// <summary>
    /// Drags the background in a circle for a few seconds (a drag that starts off any node pans in Cytoscape) while
    /// the page counts animation frames and Cytoscape redraws.
    /// </summary>
    private static async Task<(double Fps, double? RendersPerSecond, double LongestFrameMs)> PanAsync(IPage page, LocatorBoundingBoxResult box)
    {
        await page.EvaluateAsync("""
            () => {
              const { cy } = relationsGraph;
              const s = window.__pan = { frames: 0, renders: 0, longest: 0, last: 0, start: performance.now(), running: true };
              cy.on('render', () => { if (s.running) s.renders++; });
              const tick = now => {
                if (!s.running) return;
                if (s.last) s.longest = Math.max(s.longest, now - s.last);
                s.last = now;
                s.frames++;
                requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
            }
            """);
        // The fit leaves a 40 px margin, so the corner is background.
        var x0 = box.X + 15;
        var y0 = box.Y + 15;
        await page.Mouse.MoveAsync((float)x0, (float)y0);
        await page.Mouse.DownAsync();
        var started = DateTime.UtcNow;
        var step = 0;
        // Each move waits for the page to take the event, so a page that cannot keep up gets fewer moves.
        while (DateTime.UtcNow - started < PanDuration)
        {
            var angle = step++ * 0.15;
            await page.Mouse.MoveAsync((float)(x0 + 300 + (250 * Math.Cos(angle))), (float)(y0 + 250 + (200 * Math.Sin(angle))));
            await Task.Delay(8);
        }

        await page.Mouse.UpAsync();
        var stats = await page.EvaluateAsync<JsonElement>("""
            () => {
              const s = window.__pan;
              s.running = false;
              const seconds = (performance.now() - s.start) / 1000;
              return { fps: s.frames / seconds, renders: relationsGraph.network.mode.webgl ? null : s.renders / seconds, longest: s.longest };
            }
            """);
        var renders = stats.GetProperty("renders");
        return (
            Math.Round(stats.GetProperty("fps").GetDouble(), 1),
            renders.ValueKind == JsonValueKind.Number ? Math.Round(renders.GetDouble(), 1) : null,
            Math.Round(stats.GetProperty("longest").GetDouble(), 1));
    }

    private static double? Median(List<JsonObject> runs, string key)
    {
        var values = runs.Select(r => r[key]?.GetValue<double>()).OfType<double>().Order().ToList();
        return values.Count == 0 ? null : Math.Round(values[values.Count / 2], 1);
    }
}
