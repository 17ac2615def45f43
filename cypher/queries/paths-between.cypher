// @name Paths between two actors
// @description Every chain of ties (any type, either direction, at most five) joining two actors, shortest first; evidence and sources are not part of a chain.
// @tags paths, actors
// @param from: actor = "south-korea" -- Where the paths start
// @param to: actor = "north-korea" -- Where the paths end
// @param maxLength: integer = 3 -- The longest path, in ties (1 to 5)
MATCH path = (a:Actor {id: $from})-[:DEFENSE_PACT|SANCTIONS|AID|TROOP_TRANSFER|ARMS_TRANSFER|MEMBER_OF|ARMED_CONFLICT|PART_OF|LEADS|FAMILY|CRITICISES|REGARDS_AS_THREAT|COUNTERMEASURES*1..5]-(b:Actor {id: $to})
WHERE length(path) <= $maxLength
RETURN length(path) AS ties, [n IN nodes(path) | n.name] AS actors, [r IN relationships(path) | type(r)] AS types, path
ORDER BY ties, actors
LIMIT 100
