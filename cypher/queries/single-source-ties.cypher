// @name Ties resting on a single source
// @description Ties whose evidence cites exactly one source: one report away from being unfounded.
// @tags evidence, sources, doubt
// @param tieType: tieType = null -- Only ties of this type (empty: all)
MATCH (s:Actor)-[tie]->(t:Actor)
WHERE $tieType IS NULL OR type(tie) = $tieType
MATCH (e:Evidence)-[:CITES]->(source:Source)
WHERE e.tieId = tie.id
WITH s, tie, t, collect(DISTINCT source) AS sources
WHERE size(sources) = 1
RETURN tie.id AS tieId, type(tie) AS type, s.name AS source, t.name AS target, tie.status AS status,
       sources[0].title AS onlySource, sources[0].reliability AS reliability, s, tie, t
ORDER BY type, tieId
