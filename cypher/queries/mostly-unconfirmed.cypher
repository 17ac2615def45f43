// @name Actors whose ties are mostly unconfirmed
// @description Actors for whom more than the given share of ties are reported, alleged or disputed rather than confirmed.
// @tags doubt, actors
// @param threshold: integer = 50 -- Share of unconfirmed ties, in percent, that must be exceeded
MATCH (a:Actor)-[tie]-(:Actor)
WITH a, count(tie) AS ties,
     sum(CASE WHEN tie.status IN ['reported', 'alleged', 'disputed'] THEN 1 ELSE 0 END) AS unconfirmed,
     sum(CASE WHEN tie.status = 'confirmed' THEN 1 ELSE 0 END) AS confirmed
WHERE unconfirmed * 100 > $threshold * ties
RETURN a.name AS actor, ties, confirmed, unconfirmed, round(100.0 * unconfirmed / ties) AS percentUnconfirmed, a
ORDER BY percentUnconfirmed DESC, actor
