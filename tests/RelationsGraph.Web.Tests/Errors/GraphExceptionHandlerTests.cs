using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Errors;

namespace RelationsGraph.Web.Tests.Errors;

public sealed class GraphExceptionHandlerTests
{
    [Theory]
    [InlineData(StatusCodes.SyntaxError, 400)]
    [InlineData(StatusCodes.TypeError, 400)]
    [InlineData(StatusCodes.ParameterMissing, 400)]
    [InlineData(StatusCodes.RequestInvalid, 400)]
    [InlineData(StatusCodes.EntityNotFound, 404)]
    [InlineData(StatusCodes.TransactionTimedOut, 504)]
    [InlineData(StatusCodes.ServiceUnavailable, 503)]
    [InlineData(StatusCodes.TransientTimeout, 503)]
    [InlineData(StatusCodes.Unauthorized, 503)]
    [InlineData(StatusCodes.StorageError, 500)]
    public void StatusFor_StoreCode_MapsToHttpStatus(string code, int expected)
    {
        GraphExceptionHandler.StatusFor(new CypherException(code, "x")).ShouldBe(expected);
    }
}
