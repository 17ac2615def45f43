using System.Runtime.CompilerServices;
using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Binding;
using RelationsGraph.Cypher.Syntax;

namespace RelationsGraph.Cypher.Tests.Binding;

/// <summary>Runs the case files in Binding/Cases: each query must pass, or fail with the named detail.</summary>
public sealed class BindingCaseTests
{
    private static readonly Dictionary<string, BindingCase> Cases =
        BindingCase.Load(CasesDirectory()).ToDictionary(c => $"{c.File}:{c.Line}");

    public static TheoryData<string> CaseIds => new(Cases.Keys);

    // The case files sit next to this source file; reading them there keeps the project file untouched.
    private static string CasesDirectory([CallerFilePath] string sourceFile = "") =>
        Path.Combine(Path.GetDirectoryName(sourceFile)!, "Cases");

    [Fact]
    public void CaseFiles_AreFound_AndHoldBothKinds()
    {
        Cases.Values.ShouldContain(c => c.ExpectedDetail == null);
        Cases.Values.ShouldContain(c => c.ExpectedDetail != null);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Analyze_CaseFromFile_PassesOrRaisesTheExpectedDetail(string id)
    {
        var testCase = Cases[id];
        var statement = CypherParser.Parse(testCase.Query);
        var catalog = new TestProcedureCatalog(testCase.Procedures);

        if (testCase.ExpectedDetail is null)
        {
            Should.NotThrow(() => SemanticAnalyzer.Analyze(statement, catalog), testCase.ToString());
        }
        else
        {
            var error = Should.Throw<CypherException>(() => SemanticAnalyzer.Analyze(statement, catalog), testCase.ToString());
            error.Detail.ShouldBe(testCase.ExpectedDetail, testCase.ToString() + " / " + error.Message);
        }
    }
}
