// @name What changed between two dates
// @description Ties that began, ended or were first reported between two dates (both included), in date order.
// @tags time, changes
// @param from: date = "2024-01-01" -- First day of the window
// @param to: date = "2024-12-31" -- Last day of the window
MATCH (s:Actor)-[tie]->(t:Actor)
WITH s, tie, t, [
  {change: 'began', on: tie.validFrom},
  {change: 'ended', on: tie.validTo},
  {change: 'reported', on: tie.reportedOn}
] AS events
UNWIND events AS event
WITH s, tie, t, event
WHERE event.on IS NOT NULL AND event.on >= date($from) AND event.on <= date($to)
RETURN event.on AS on, event.change AS change, type(tie) AS type, s.name AS source, t.name AS target,
       tie.status AS status, tie.id AS tieId, s, tie, t
ORDER BY on, tieId, change
