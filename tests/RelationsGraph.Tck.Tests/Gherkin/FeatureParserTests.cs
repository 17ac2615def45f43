using RelationsGraph.Tck.Gherkin;

namespace RelationsGraph.Tck.Tests.Gherkin;

public sealed class FeatureParserTests
{
    private const string Outline = """
        #encoding: utf-8

        Feature: Demo1 - Something

          Scenario Outline: [1] Outline <x>
            Given an empty graph
            When executing query:
              \"\"\"
              RETURN <x> AS v
                WITH 1
              \"\"\"
            Then the result should be, in any order:
              | v   |
              | <x> |
            And no side effects

            Examples:
              | x |
              | 1 |
              | 'a\|b' |

            Examples:
              | x |
              | 3 |
        """;

    [Fact]
    public void Parse_OutlineWithTwoExampleBlocks_YieldsOneScenarioPerRowNumberedAcrossBlocks()
    {
        var scenarios = FeatureParser.Parse(Outline.Replace("\\\"", "\"", StringComparison.Ordinal), "area/topic/Demo1.feature");

        scenarios.Select(s => s.Id).ShouldBe([
            "area/topic/Demo1.feature:[1] Outline <x>#1",
            "area/topic/Demo1.feature:[1] Outline <x>#2",
            "area/topic/Demo1.feature:[1] Outline <x>#3",
        ]);
    }

    [Fact]
    public void Parse_OutlineRow_SubstitutesPlaceholdersInDocStringAndTableCells()
    {
        var scenario = FeatureParser.Parse(Outline.Replace("\\\"", "\"", StringComparison.Ordinal), "Demo1.feature")[1];

        var query = scenario.Steps.Single(s => s.Text == "executing query:").DocString;
        query.ShouldBe("RETURN 'a|b' AS v\n  WITH 1");
        scenario.Steps.Single(s => s.Text.StartsWith("the result", StringComparison.Ordinal)).Table![1].ShouldBe(["'a|b'"]);
    }

    [Fact]
    public void SplitRow_GherkinEscapes_AreUnescapedAndOtherBackslashesKept()
    {
        FeatureParser.SplitRow(@"| '\nFoo\n' | a\\b | x\|y | \'q\' |").ShouldBe(["'\nFoo\n'", @"a\b", "x|y", @"\'q\'"]);
    }

    [Fact]
    public void SplitRow_BarePipe_IsARowWithoutCells()
    {
        FeatureParser.SplitRow("|").ShouldBeEmpty();
    }

    [Fact]
    public void Parse_Background_IsPrependedToEveryScenario()
    {
        const string text = """
            Feature: F
              Background:
                Given an empty graph
                And having executed:
                  ```
                  CREATE ()
                  ```

              Scenario: [1] one
                When executing query:
                  ```
                  MATCH (n) RETURN n
                  ```
                Then the result should be empty

              @ignore
              Scenario: [2] two
                When executing query:
                  ```
                  RETURN 1
                  ```
                Then the result should be empty
            """;

        var scenarios = FeatureParser.Parse(text, "F.feature");

        scenarios.Count.ShouldBe(2);
        scenarios[0].Steps.Select(s => s.Text).ShouldBe(["an empty graph", "having executed:", "executing query:", "the result should be empty"]);
        scenarios[0].Steps[1].DocString.ShouldBe("CREATE ()");
        scenarios[0].IsIgnored.ShouldBeFalse();
        scenarios[1].IsIgnored.ShouldBeTrue();
    }

    [Fact]
    public void Parse_FeatureWithoutScenarios_YieldsNothing()
    {
        FeatureParser.Parse("#encoding: utf-8\n\nFeature: Mathematical1 - Placeholder\n", "m/Mathematical1.feature").ShouldBeEmpty();
    }

    [Fact]
    public void Folder_OfNestedFeature_IsTheTwoLeadingFolders()
    {
        var scenario = FeatureParser.Parse(
            "Feature: F\n  Scenario: [1] s\n    When executing query:\n      ```\n      RETURN 1\n      ```\n",
            "clauses/match/Match1.feature").Single();

        scenario.Folder.ShouldBe("clauses/match");
    }
}
