// @name Ties of an actor
// @description Every tie of one actor, optionally of one status and only those it starts.
// @tags actors, ties
// @param actor: actor = "north-korea" -- The actor
// @param status: status = null -- Only ties with this status (empty: any)
// @param outgoingOnly: boolean = false -- Only ties the actor starts (sender, donor, member...)
MATCH (a:Actor {id: $actor})-[tie]-(o:Actor)
WHERE ($status IS NULL OR tie.status = $status)
  AND (NOT $outgoingOnly OR startNode(tie) = a)
RETURN type(tie) AS type, o.name AS other,
       CASE WHEN startNode(tie) = a THEN 'outgoing' ELSE 'incoming' END AS direction,
       tie.status AS status, tie.phase AS phase, tie.summary AS summary, a, tie, o
ORDER BY type, other
