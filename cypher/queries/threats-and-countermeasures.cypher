// @name Threats and countermeasures
// @description Who calls whom a threat or weighs countermeasures, and who the named threats are aligned with by pact.
// @tags security, threats
MATCH (s:Actor)-[tie:REGARDS_AS_THREAT|COUNTERMEASURES]->(t:Actor)
OPTIONAL MATCH (t)-[:DEFENSE_PACT]-(ally:Actor)
RETURN s.name AS actor, type(tie) AS type, t.name AS towards, tie.status AS status, tie.phase AS phase,
       collect(DISTINCT ally.name) AS alliesOfTarget, s, tie, t
ORDER BY actor, type, towards
