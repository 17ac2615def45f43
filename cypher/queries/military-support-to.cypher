// @name Military support received by an actor
// @description Troops, arms and military aid sent to an actor, considered or done, with how sure we are of each.
// @tags military, aid, troops, arms
// @param recipient: actor = "russia" -- The receiving actor
MATCH (sender:Actor)-[support:TROOP_TRANSFER|ARMS_TRANSFER|AID]->(recipient:Actor {id: $recipient})
WHERE type(support) <> 'AID' OR support.aidKind = 'military'
RETURN sender.name AS sender, type(support) AS type, support.status AS status, support.phase AS phase,
       support.confidence AS confidence, sender, support, recipient
ORDER BY sender, type
