// @name Aid one side, sanction the other
// @description Actors that give aid to one actor while sanctioning another; leave a side empty to see every pair.
// @tags aid, sanctions, alignment
// @param aided: actor = "ukraine" -- The actor receiving aid (empty: any)
// @param sanctioned: actor = "russia" -- The actor under sanctions (empty: any)
MATCH (donor:Actor)-[aid:AID]->(recipient:Actor), (donor)-[sanction:SANCTIONS]->(target:Actor)
WHERE recipient <> target
  AND ($aided IS NULL OR recipient.id = $aided)
  AND ($sanctioned IS NULL OR target.id = $sanctioned)
WITH donor, recipient, target, sanction, collect(aid) AS aidTies
RETURN donor.name AS actor, recipient.name AS aids, target.name AS sanctions,
       [t IN aidTies | t.aidKind] AS aidKinds, donor, recipient, target, sanction, aidTies
ORDER BY actor, aids, sanctions
