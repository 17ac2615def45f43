// @name Military support received by an actor
// @description Troops, arms and military aid sent to an actor, considered or done, with how sure we are of each.
// @tags military, aid, troops, arms
// @param recipient: actor = "russia" -- The receiving actor
MATCH (s:Actor)-[support:TROOP_TRANSFER|ARMS_TRANSFER|AID]->(recipient:Actor {id: $recipient})
WHERE type(support) <> 'AID' OR support.aidKind = 'military'
RETURN s.name AS sender, type(support) AS type, support.status AS status, support.phase AS phase,
       support.confidence AS confidence, s, support, recipient
ORDER BY sender, type
