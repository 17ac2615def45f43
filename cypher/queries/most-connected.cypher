// @name Most connected actors
// @description Actors ranked by their number of ties (degree), of one type or of all types, with the types they have.
// @tags degree, actors
// @param tieType: tieType = null -- Count only ties of this type (empty: all)
// @param limit: integer = 10 -- How many actors to list
MATCH (a:Actor)-[tie]-(:Actor)
WHERE $tieType IS NULL OR type(tie) = $tieType
WITH a, count(tie) AS degree, collect(DISTINCT type(tie)) AS types
RETURN a.name AS actor, degree, types, a
ORDER BY degree DESC, actor
LIMIT $limit
