// @name Who sanctions an actor
// @description Everyone with a sanctions tie towards the given actor, with how sure we are of it and since when.
// @tags sanctions, actors
// @param target: actor = "russia" -- The sanctioned actor
MATCH (s:Actor)-[tie:SANCTIONS]->(t:Actor {id: $target})
RETURN s.name AS sender, tie.status AS status, tie.phase AS phase, tie.validFrom AS since, s, tie, t
ORDER BY sender
