// @name What changed between two dates
// @description Ties that began, ended or were first reported between two dates (both included), in date order.
// @tags time, changes
// @param from: date = "2024-01-01" -- First day of the window
// @param to: date = "2024-12-31" -- Last day of the window
MATCH (s:Actor)-[tie]->(t:Actor)
WITH s, tie, t, [
  {change: 'began', day: tie.validFrom},
  {change: 'ended', day: tie.validTo},
  {change: 'reported', day: tie.reportedOn}
] AS events
UNWIND events AS event
WITH s, tie, t, event
WHERE event.day IS NOT NULL AND event.day >= date($from) AND event.day <= date($to)
RETURN event.day AS day, event.change AS change, type(tie) AS type, s.name AS source, t.name AS target,
       tie.status AS status, tie.id AS tieId, s, tie, t
ORDER BY day, tieId, change
