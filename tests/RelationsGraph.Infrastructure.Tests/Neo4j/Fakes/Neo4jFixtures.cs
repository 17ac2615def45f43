namespace RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;

/// <summary>
/// Answer bodies copied in shape from the protocol brief (design/neo4j-http.md §1–§3), with invented data.
/// From Neo4j's docs and source; unverified against a live server.
/// </summary>
internal static class Neo4jFixtures
{
    public const string QueryPath = "/db/neo4j/query/v2";
    public const string TxPath = "/db/neo4j/query/v2/tx";
    public const string LegacyCommitPath = "/db/neo4j/tx/commit";

    public const string Discovery526 = """
        { "bolt_routing": "neo4j://db1.example:7687", "bolt_direct": "bolt://db1.example:7687",
          "query": "http://db1.example:7474/db/{databaseName}/query/v2",
          "transaction": "http://db1.example:7474/db/{databaseName}/tx",
          "neo4j_version": "5.26.2", "neo4j_edition": "community", "auth_config": { "oidc_providers": [] } }
        """;

    public const string Discovery2026 = """
        { "query_api": "http://db1.example:7474/db/{databaseName}/query/v2", "query_api_versions": ["v2"],
          "transaction": "http://db1.example:7474/db/{databaseName}/tx",
          "neo4j_version": "2026.09.0", "neo4j_edition": "enterprise" }
        """;

    public const string Discovery44 = """
        { "bolt_routing": "neo4j://db1.example:7687", "bolt_direct": "bolt://db1.example:7687",
          "transaction": "http://db1.example:7474/db/{databaseName}/tx",
          "neo4j_version": "4.4.0", "neo4j_edition": "community" }
        """;

    public const string Discovery525NoTx = """
        { "query": "http://db1.example:7474/db/{databaseName}/query/v2",
          "neo4j_version": "5.25.1", "neo4j_edition": "community" }
        """;

    public const string DiscoveryNeither = """
        { "bolt_direct": "bolt://db1.example:7687", "neo4j_version": "5.26.0", "neo4j_edition": "community" }
        """;

    public const string ReturnOne = """
        { "data": { "fields": ["ok"], "values": [[ {"$type":"Integer","_value":"1"} ]] }, "bookmarks": ["FB:one"] }
        """;

    public const string Unauthorized = """
        {"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}
        """;

    public const string DatabaseNotFound = """
        {"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Database does not exist. Database name: 'nope'."}]}
        """;

    public const string Deadlock = """
        {"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"ForsetiClient[1] can't acquire ExclusiveLock"}]}
        """;

    public const string Terminated = """
        {"errors":[{"code":"Neo.TransientError.Transaction.Terminated","message":"The transaction has been terminated."}]}
        """;

    public const string SyntaxError = """
        {"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETRN': expected a clause (line 1, column 1 (offset: 0))"}]}
        """;

    public const string UnknownError = """
        {"errors":[{"code":"Neo.DatabaseError.General.UnknownError","message":"Something broke."}]}
        """;

    public const string AccessModeError = """
        {"errors":[{"code":"Neo.ClientError.Statement.AccessMode","message":"Writing in read access mode not allowed. Attempted write to neo4j"}]}
        """;

    public const string TxNotFound = """
        {"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Transaction with Id: a3f was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."}]}
        """;

    /// <summary>A 202 whose stream failed after two rows: rows first, then errors (§1.4).</summary>
    public const string RowsThenError = """
        { "data": { "fields": ["x"], "values": [[ {"$type":"Integer","_value":"1"} ], [ {"$type":"Integer","_value":"0"} ]] },
          "errors": [ {"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"} ] }
        """;

    public const string OrgAndFunds = """
        { "data": { "fields": ["o", "r", "partner"], "values": [[
            { "$type": "Node", "_value": { "_element_id": "4:9c1e:12", "_labels": ["Org"],
              "_properties": { "id": {"$type":"String","_value":"org-17"}, "name": {"$type":"String","_value":"Acme"} } } },
            { "$type": "Relationship", "_value": { "_element_id": "5:9c1e:40", "_start_node_element_id": "4:9c1e:12",
              "_end_node_element_id": "4:9c1e:31", "_type": "FUNDS", "_properties": { "since": {"$type":"Integer","_value":"2019"} } } },
            { "$type": "String", "_value": "Beta Trust" } ]] },
          "counters": { "containsUpdates": false, "nodesCreated": 0, "nodesDeleted": 0, "propertiesSet": 0,
            "relationshipsCreated": 0, "relationshipsDeleted": 0, "labelsAdded": 0, "labelsRemoved": 0,
            "indexesAdded": 0, "indexesRemoved": 0, "constraintsAdded": 0, "constraintsRemoved": 0,
            "containsSystemUpdates": false, "systemUpdates": 0 },
          "bookmarks": ["FB:kcwQ1"] }
        """;

    public const string MergeCounters = """
        { "data": { "fields": [], "values": [] },
          "counters": { "containsUpdates": true, "nodesCreated": 1, "nodesDeleted": 0, "propertiesSet": 2,
            "relationshipsCreated": 0, "relationshipsDeleted": 0, "labelsAdded": 1, "labelsRemoved": 0,
            "indexesAdded": 0, "indexesRemoved": 0, "constraintsAdded": 0, "constraintsRemoved": 0,
            "containsSystemUpdates": false, "systemUpdates": 0 },
          "bookmarks": ["FB:after-write"] }
        """;

    public const string Begin = """
        { "transaction": { "id": "a3f", "expires": "2026-05-01T10:15:30Z" } }
        """;

    public const string RunInTx = """
        { "data": { "fields": ["n"], "values": [[ { "$type": "Node", "_value": { "_element_id": "4:x:7", "_labels": ["Org"], "_properties": {} } } ]] },
          "transaction": { "id": "a3f", "expires": "2026-05-01T10:16:30Z" } }
        """;

    public const string Commit = """
        { "bookmarks": ["FB:committed"] }
        """;

    public const string KeepAlive = """
        { "transaction": { "id": "a3f", "expires": "2026-05-01T10:17:30Z" } }
        """;

    /// <summary>The legacy endpoint's answer with row, meta and graph (§2).</summary>
    public const string LegacyOrg = """
        { "results": [ {
            "columns": ["o", "name"],
            "data": [ { "row": [ { "id": "org-17", "name": "Acme" }, "Acme" ],
                        "meta": [ { "id": 12, "elementId": "4:abc:12", "type": "node", "deleted": false }, null ],
                        "graph": { "nodes": [ { "id": "12", "elementId": "4:abc:12", "labels": ["Org"], "properties": { "id": "org-17", "name": "Acme" } } ],
                                   "relationships": [] } } ],
            "stats": { "contains_updates": true, "nodes_created": 1, "properties_set": 2, "labels_added": 1 } } ],
          "errors": [],
          "lastBookmarks": ["FB:legacy"] }
        """;

    public const string LegacyError = """
        { "results": [], "errors": [ { "code": "Neo.ClientError.Statement.ArithmeticError", "message": "/ by zero" } ] }
        """;
}
