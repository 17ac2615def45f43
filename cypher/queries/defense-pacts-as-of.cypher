// @name Defense-pact network on a date
// @description Defense pacts in force on the given date (from the start of their first period to the end of their last), leaving out denied and retracted ones.
// @tags defense, alliances, time
// @param asOf: date = "2024-12-31" -- The date the network is seen on
MATCH (a:Actor)-[pact:DEFENSE_PACT]-(b:Actor)
WHERE a.id < b.id
  AND NOT pact.status IN ['denied', 'retracted']
  AND pact.validFrom <= date($asOf)
  AND (pact.validTo IS NULL OR
       CASE pact.validToPrecision
         WHEN 'year' THEN pact.validTo + duration({years: 1})
         WHEN 'month' THEN pact.validTo + duration({months: 1})
         ELSE pact.validTo + duration({days: 1})
       END > date($asOf))
RETURN a.name AS party, b.name AS otherParty, pact.status AS status, pact.phase AS phase, pact.validFrom AS since,
       a, pact, b
ORDER BY party, otherParty
