using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RelationsGraph.Web.Errors;

namespace RelationsGraph.Web.Security;

/// <summary>
/// Sign-in, roles, anti-forgery, rate limits, request limits and security headers, registered and placed in the
/// pipeline as global policy: every endpoint needs a signed-in user unless it says otherwise, and every MVC request
/// that can change something needs an anti-forgery token.
/// </summary>
public static class SecurityHostingExtensions
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
    public const string SessionCookie = "rg.session";
    public const string AntiforgeryCookie = "rg.antiforgery";

    public static WebApplicationBuilder AddAppSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var limits = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The server-wide ceiling; RequestSizeMiddleware lowers it per endpoint.
            kestrel.Limits.MaxRequestBodySize = Math.Max(limits.MaxRequestBodyBytes, limits.MaxUploadBytes);
        });

        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddOptions<SecurityOptions>()
            .BindConfiguration(SecurityOptions.Section)
            .Validate(o => o.MaxRequestBodyBytes > 0 && o.MaxUploadBytes > 0 && o.SignInPerMinute > 0 && o.QueriesPerMinute > 0
                    && o.GraphRequestsPerWindow > 0 && o.GraphWindowSeconds > 0,
                "Security: MaxRequestBodyBytes, MaxUploadBytes, SignInPerMinute, QueriesPerMinute, GraphRequestsPerWindow and GraphWindowSeconds must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => SecurityStore.Open(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<UserStore>();
        services.AddSingleton<Passwords>();
        services.AddSingleton<SignInService>();
        services.TryAddSingleton<IInitialPasswordNotice, ConsoleInitialPasswordNotice>();
        services.AddHostedService<SecurityInitializer>();

        services.AddScoped<SessionCookieEvents>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((cookie, auth) =>
            {
                cookie.Cookie.Name = SessionCookie;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/account/signin";
                cookie.LogoutPath = "/account/signout";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.ReturnUrlParameter = "returnUrl";
                cookie.ExpireTimeSpan = auth.Value.SessionLifetime;
                cookie.SlidingExpiration = true;
                cookie.EventsType = typeof(SessionCookieEvents);
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.Viewer, policy => policy.RequireRole(Roles.AtLeast(Roles.Viewer)))
            .AddPolicy(Roles.Analyst, policy => policy.RequireRole(Roles.AtLeast(Roles.Analyst)))
            .AddPolicy(Roles.Admin, policy => policy.RequireRole(Roles.AtLeast(Roles.Admin)));

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = AntiforgeryHeader;
            antiforgery.Cookie.Name = AntiforgeryCookie;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // SecurityHeadersMiddleware sends DENY; the antiforgery default (SAMEORIGIN) would weaken it.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        services.Configure<MvcOptions>(mvc =>
        {
            mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            mvc.Filters.Add(new AntiforgeryProblemFilter());
        });
        services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = limits.MaxUploadBytes;
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, limits.MaxRequestBodyBytes);
        });
        services.AddAppRateLimiting();
        services.Configure<ForwardedHeadersOptions>(forwarded =>
            // Trusted only from the proxies ForwardedHeadersOptions knows (loopback by default).
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        return builder;
    }

    /// <summary>Security headers on every response (and HSTS over HTTPS outside Development), then plain-HTTP refusal from other machines.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<TransportSecurityMiddleware>();
        return app;
    }

    public static WebApplication UseRequestSizeLimits(this WebApplication app)
    {
        app.UseMiddleware<RequestSizeMiddleware>();
        return app;
    }

    public static WebApplication UsePasswordChangeGate(this WebApplication app)
    {
        app.UseMiddleware<PasswordChangeMiddleware>();
        return app;
    }

    /// <summary>
    /// Runs the app; a start-up refusal (<see cref="StartupRefusedException"/>) ends the process with its message on
    /// standard error and exit code 3, instead of an unhandled-exception dump.
    /// </summary>
    public static int RunOrExplainRefusal(this WebApplication app)
    {
        try
        {
            app.Run();
            return 0;
        }
        catch (Exception ex) when (Refusal(ex) is { } refusal)
        {
            Console.Error.WriteLine(refusal.Message);
            return 3;
        }
    }

    private static StartupRefusedException? Refusal(Exception? exception) => exception switch
    {
        StartupRefusedException refused => refused,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Refusal).FirstOrDefault(r => r is not null),
        null => null,
        _ => Refusal(exception.InnerException),
    };
}
