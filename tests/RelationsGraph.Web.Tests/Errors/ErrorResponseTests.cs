using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Errors;

public sealed class ErrorResponseTests
{
    private static ExplorerFactory FailingWith(CypherException error) =>
        new(null, "Production", services => services.AddSingleton<IGraphBackend>(new FailingBackend(error)));

    [Fact]
    public async Task StoreUnavailable_Returns503ProblemWithTheCode()
    {
        using var factory = FailingWith(new CypherException(StatusCodes.ServiceUnavailable, "Connection refused"));
        using var client = await factory.ClientAsync(TestUsers.Viewer);
        var problem = await client.GetProblemAsync("/api/actors?q=x", HttpStatusCode.ServiceUnavailable);
        problem.Str("code").ShouldBe(StatusCodes.ServiceUnavailable);
        problem.Str("title").ShouldBe("The graph store is unavailable");
    }

    [Fact]
    public async Task StoreTimeout_Returns504Problem()
    {
        using var factory = FailingWith(new CypherException(StatusCodes.TransactionTimedOut, "Took too long"));
        using var client = await factory.ClientAsync(TestUsers.Viewer);
        var problem = await client.GetProblemAsync("/api/graph/neighbourhood", HttpStatusCode.GatewayTimeout);
        problem.Str("code").ShouldBe(StatusCodes.TransactionTimedOut);
    }

    [Fact]
    public async Task StoreSyntaxError_Returns400ProblemWithLineAndColumn()
    {
        using var factory = FailingWith(new CypherException(StatusCodes.SyntaxError, "Invalid input 'X'", line: 2, column: 7));
        using var client = await factory.ClientAsync(TestUsers.Viewer);
        var problem = await client.GetProblemAsync("/api/ties/some-tie", HttpStatusCode.BadRequest);
        problem.GetProperty("line").GetInt32().ShouldBe(2);
        problem.GetProperty("column").GetInt32().ShouldBe(7);
    }

    [Fact]
    public async Task Health_StoreThatFails_Returns503SayingWhy()
    {
        using var factory = FailingWith(new CypherException(StatusCodes.ServiceUnavailable, "Connection refused"));
        using var client = await factory.ClientAsync(TestUsers.Viewer);
        var health = await client.GetJsonAsync("/health", HttpStatusCode.ServiceUnavailable);
        health.Str("status").ShouldBe("unhealthy");
        health.Str("initialization").ShouldBe("failed");
        health.Str("initializationError").ShouldContain("Connection refused");
    }

    [Fact]
    public async Task UnexpectedFailure_Returns500ProblemWithoutInternals()
    {
        using var factory = new ExplorerFactory(null, "Development", services => services.AddSingleton<IGraphBackend>(new ThrowingBackend()));
        using var client = await factory.ClientAsync(TestUsers.Viewer);
        var problem = await client.GetProblemAsync("/api/actors/x", HttpStatusCode.InternalServerError);
        problem.Str("detail").ShouldNotContain("secret");
    }

    private sealed class ThrowingBackend : IGraphBackend
    {
        public string Name => "throwing";

        public Task<QueryResult> RunAsync(QueryRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret internal detail at /work/main/src");

        public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret");

        public Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new BackendHealth(Name, true));
    }
}
