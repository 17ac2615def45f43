// @name The network as we knew it on a date
// @description Ties that had been reported by the given date, whatever their own dates: what an analyst could have known then.
// @tags time, knowledge
// @param knownOn: date = "2024-07-01" -- The date of knowledge
MATCH (s:Actor)-[tie]->(t:Actor)
WHERE tie.reportedOn IS NOT NULL AND tie.reportedOn <= date($knownOn)
RETURN type(tie) AS type, s.name AS source, t.name AS target, tie.status AS status, tie.reportedOn AS reportedOn,
       s, tie, t
ORDER BY reportedOn, type, source
