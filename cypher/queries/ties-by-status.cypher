// @name Ties with a given status
// @description All ties with one status (for example every disputed tie), with their confidence and summary.
// @tags doubt, ties
// @param status: status = "disputed" -- The status
MATCH (s:Actor)-[tie]->(t:Actor)
WHERE tie.status = $status
RETURN type(tie) AS type, s.name AS source, t.name AS target, tie.confidence AS confidence, tie.summary AS summary,
       s, tie, t
ORDER BY confidence DESC, type, source
