// @name Ties someone denies, and who
// @description Ties with at least one denial on record, who denies them, and who asserts them.
// @tags evidence, denials, doubt
MATCH (denial:Evidence {stance: 'denies'})
MATCH (s:Actor)-[tie]->(t:Actor)
WHERE tie.id = denial.tieId
OPTIONAL MATCH (denial)-[:BY]->(denier:Actor)
WITH s, tie, t, collect(DISTINCT coalesce(denier.name, 'unnamed')) AS deniedBy
OPTIONAL MATCH (assertion:Evidence {stance: 'asserts', tieId: tie.id})-[:BY]->(asserter:Actor)
RETURN tie.id AS tieId, type(tie) AS type, s.name AS source, t.name AS target, tie.status AS status,
       deniedBy, collect(DISTINCT asserter.name) AS assertedBy, s, tie, t
ORDER BY tieId
