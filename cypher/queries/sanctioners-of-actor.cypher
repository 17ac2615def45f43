// @name Who sanctions an actor
// @description Everyone with a sanctions tie towards the given actor, with how sure we are of it and since when.
// @tags sanctions, actors
// @param target: actor = "russia" -- The sanctioned actor
MATCH (sender:Actor)-[tie:SANCTIONS]->(target:Actor {id: $target})
RETURN sender.name AS sender, tie.status AS status, tie.phase AS phase, tie.validFrom AS since,
       sender, tie, target
ORDER BY sender
