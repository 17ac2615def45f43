// @name Members of an alliance and their other pacts
// @description The members of an alliance or organisation, and each member's defense pacts and memberships elsewhere.
// @tags alliances, defense, membership
// @param alliance: actor = "nato" -- The alliance or organisation
MATCH (m:Actor)-[membership:MEMBER_OF]->(alliance:Actor {id: $alliance})
OPTIONAL MATCH (m)-[other:DEFENSE_PACT|MEMBER_OF]-(partner:Actor)
WHERE partner <> alliance
RETURN m.name AS member, membership.status AS status, membership.validFrom AS since,
       collect(DISTINCT partner.name) AS otherPacts, m, membership, alliance,
       collect(DISTINCT other) AS otherTies, collect(DISTINCT partner) AS partners
ORDER BY member
