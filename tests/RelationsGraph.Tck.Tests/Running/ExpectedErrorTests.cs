using RelationsGraph.Core.Errors;
using RelationsGraph.Tck.Running;

namespace RelationsGraph.Tck.Tests.Running;

public sealed class ExpectedErrorTests
{
    [Fact]
    public void TryParse_ErrorStep_ReadsTypePhaseAndDetail()
    {
        ExpectedError.TryParse("a TypeError should be raised at runtime: InvalidArgumentType")
            .ShouldBe(new ExpectedError("TypeError", "runtime", "InvalidArgumentType"));
        ExpectedError.TryParse("an ArgumentError should be raised at compile time: NumberOutOfRange")
            .ShouldBe(new ExpectedError("ArgumentError", "compile time", "NumberOutOfRange"));
        ExpectedError.TryParse("the result should be empty").ShouldBeNull();
    }

    [Fact]
    public void TypeMatches_LastCodeSegment_Matches()
    {
        var error = new ExpectedError("SyntaxError", "compile time", "UndefinedVariable");

        error.TypeMatches(new CypherException(StatusCodes.SyntaxError, "x", detail: "UndefinedVariable")).ShouldBeTrue();
        error.TypeMatches(new CypherException(StatusCodes.SemanticError, "x", detail: "UndefinedVariable")).ShouldBeFalse();
    }

    [Fact]
    public void TypeMatches_ProcedureCategory_IsAProcedureError()
    {
        new ExpectedError("ProcedureError", "compile time", "ProcedureNotFound")
            .TypeMatches(new CypherException(StatusCodes.ProcedureNotFound, "x")).ShouldBeTrue();
    }

    [Fact]
    public void TypeMatches_StatusCodesConstantNamedAfterType_Matches()
    {
        new ExpectedError("ConstraintVerificationFailed", "runtime", "DeleteConnectedNode")
            .TypeMatches(new CypherException(StatusCodes.ConstraintVerificationFailed, "x")).ShouldBeTrue();
    }

    [Fact]
    public void TypeMatches_StatusCodesConstantNamedAfterDetail_Matches()
    {
        new ExpectedError("ConstraintVerificationFailed", "runtime", "DeleteConnectedNode")
            .TypeMatches(new CypherException(StatusCodes.DeleteConnectedNode, "x")).ShouldBeTrue();
        new ExpectedError("ConstraintVerificationFailed", "runtime", "DeleteConnectedNode")
            .TypeMatches(new CypherException(StatusCodes.TypeError, "x")).ShouldBeFalse();
    }

    [Fact]
    public void DetailMatches_WildcardOrEqualDetail_Matches()
    {
        var ex = new CypherException(StatusCodes.TypeError, "x", detail: "InvalidArgumentType");

        new ExpectedError("TypeError", "any time", "*").DetailMatches(ex).ShouldBeTrue();
        new ExpectedError("TypeError", "any time", "InvalidArgumentType").DetailMatches(ex).ShouldBeTrue();
        new ExpectedError("TypeError", "any time", "InvalidArgumentValue").DetailMatches(ex).ShouldBeFalse();
    }
}
