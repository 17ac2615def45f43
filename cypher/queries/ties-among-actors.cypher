// @name Ties among a set of actors
// @description The ties joining any two of the chosen actors: the small picture of a crisis.
// @tags actors, ties
// @param actors: actors = ["russia", "north-korea", "south-korea", "ukraine"] -- The actors
MATCH (s:Actor)-[tie]->(t:Actor)
WHERE s.id IN $actors AND t.id IN $actors
RETURN type(tie) AS type, s.name AS source, t.name AS target, tie.status AS status, s, tie, t
ORDER BY type, source, target
