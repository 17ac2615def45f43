using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Syntax;
using static RelationsGraph.Cypher.Tests.Syntax.ParseHelpers;

namespace RelationsGraph.Cypher.Tests.Syntax;

public sealed class CypherParserSchemaTests
{
    private static CreateSchemaCommand Create(string command) => CypherParser.Parse(command).ShouldBeOfType<CreateSchemaCommand>();

    [Fact]
    public void Parse_UniqueConstraintWithNameAndIfNotExists_GivesEveryPart()
    {
        Create("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;")
            .ShouldBe(new CreateSchemaCommand(SchemaObjectKind.UniqueConstraint, "actor_id", true, false, "a", "Actor", List("id")));
    }

    [Fact]
    public void Parse_UnnamedConstraint_HasNullName()
    {
        Create("CREATE CONSTRAINT FOR (n:L) REQUIRE n.p IS UNIQUE")
            .ShouldBe(new CreateSchemaCommand(SchemaObjectKind.UniqueConstraint, null, false, false, "n", "L", List("p")));
    }

    [Theory]
    [InlineData("CREATE CONSTRAINT k FOR (n:L) REQUIRE (n.a, n.b) IS NODE KEY", "NodeKeyConstraint", new[] { "a", "b" })]
    [InlineData("CREATE CONSTRAINT k FOR (n:L) REQUIRE n.a IS KEY", "NodeKeyConstraint", new[] { "a" })]
    [InlineData("CREATE CONSTRAINT e FOR (n:L) REQUIRE n.a IS NOT NULL", "ExistenceConstraint", new[] { "a" })]
    [InlineData("CREATE CONSTRAINT u FOR (n:L) REQUIRE (n.a) IS NODE UNIQUE", "UniqueConstraint", new[] { "a" })]
    [InlineData("CREATE CONSTRAINT ON (n:L) ASSERT n.a IS UNIQUE", "UniqueConstraint", new[] { "a" })]
    [InlineData("CREATE CONSTRAINT ON (n:L) ASSERT exists(n.a)", "ExistenceConstraint", new[] { "a" })]
    public void Parse_ConstraintKinds_AreRecognised(string command, string kind, string[] properties)
    {
        var created = Create(command);

        created.Kind.ShouldBe(Enum.Parse<SchemaObjectKind>(kind));
        created.Properties.ShouldBe(properties);
    }

    [Theory]
    [InlineData("CREATE CONSTRAINT tie_id IF NOT EXISTS FOR ()-[r:AID]-() REQUIRE r.id IS UNIQUE")]
    [InlineData("CREATE CONSTRAINT tie_id IF NOT EXISTS FOR ()-[r:AID]->() REQUIRE r.id IS UNIQUE")]
    [InlineData("CREATE CONSTRAINT tie_id IF NOT EXISTS FOR ()<-[r:AID]-() REQUIRE r.id IS RELATIONSHIP UNIQUE")]
    public void Parse_RelationshipConstraint_SetsForRelationship(string command)
    {
        Create(command).ShouldBe(new CreateSchemaCommand(SchemaObjectKind.UniqueConstraint, "tie_id", true, true, "r", "AID", List("id")));
    }

    [Theory]
    [InlineData("CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)", "actor_name", true)]
    [InlineData("CREATE RANGE INDEX actor_name FOR (a:Actor) ON (a.name)", "actor_name", false)]
    [InlineData("create text index FOR (a:Actor) ON (a.name) OPTIONS {indexProvider: 'text-2.0'}", null, false)]
    public void Parse_CreateIndex_GivesIndex(string command, string? name, bool ifNotExists)
    {
        Create(command).ShouldBe(new CreateSchemaCommand(SchemaObjectKind.Index, name, ifNotExists, false, "a", "Actor", List("name")));
    }

    [Fact]
    public void Parse_CompositeRelationshipIndex_KeepsProperties()
    {
        Create("CREATE INDEX FOR ()-[r:T]-() ON (r.a, r.b)")
            .ShouldBe(new CreateSchemaCommand(SchemaObjectKind.Index, null, false, true, "r", "T", List("a", "b")));
    }

    [Theory]
    [InlineData("DROP CONSTRAINT actor_id", true, "actor_id", false)]
    [InlineData("DROP CONSTRAINT `my constraint` IF EXISTS", true, "my constraint", true)]
    [InlineData("drop index actor_name if exists;", false, "actor_name", true)]
    public void Parse_Drop_GivesNameAndFlags(string command, bool constraint, string name, bool ifExists)
    {
        CypherParser.Parse(command).ShouldBe(new DropSchemaCommand(constraint, name, ifExists));
    }

    [Theory]
    [InlineData("SHOW CONSTRAINTS", true)]
    [InlineData("SHOW ALL CONSTRAINTS", true)]
    [InlineData("SHOW INDEXES", false)]
    [InlineData("SHOW RANGE INDEXES", false)]
    [InlineData("show index", false)]
    public void Parse_Show_GivesWhatToShow(string command, bool constraints)
    {
        CypherParser.Parse(command).ShouldBe(new ShowSchemaCommand(constraints));
    }

    [Theory]
    [InlineData("CREATE CONSTRAINT FOR (n:L) REQUIRE m.p IS UNIQUE")]
    [InlineData("CREATE CONSTRAINT FOR (n:L) REQUIRE n.p IS :: INTEGER")]
    [InlineData("CREATE CONSTRAINT FOR (n:L) REQUIRE n.p")]
    [InlineData("CREATE INDEX FOR (n:L) ON n.p")]
    [InlineData("DROP CONSTRAINT")]
    [InlineData("SHOW USERS")]
    public void Parse_MalformedSchemaCommand_RaisesSyntaxError(string command)
    {
        ParseError(command);
    }

    [Fact]
    public void Parse_CreateOfANodeNamedIndex_IsAQuery()
    {
        CypherParser.Parse("CREATE (index:Index) RETURN index").ShouldBeOfType<SingleQuery>();
    }
}
