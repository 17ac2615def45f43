// @name Who said so: assertions and denials by an actor
// @description The ties an actor (or its agencies) asserted or denied, quoting the evidence and its source.
// @tags evidence, actors
// @param actor: actor = "nis" -- The actor who asserted or denied
// @param includeParts: boolean = true -- Also count organisations that are part of the actor
MATCH (speaker:Actor {id: $actor})
OPTIONAL MATCH (part:Actor)-[:PART_OF]->(speaker)
WITH speaker, CASE WHEN $includeParts THEN [speaker] + collect(part) ELSE [speaker] END AS voices
MATCH (e:Evidence)-[:BY]->(voice:Actor)
WHERE voice IN voices
MATCH (s:Actor)-[tie]->(t:Actor)
WHERE tie.id = e.tieId
OPTIONAL MATCH (e)-[:CITES]->(src:Source)
RETURN voice.name AS voice, e.stance AS stance, type(tie) AS type, s.name AS source, t.name AS target,
       e.quote AS quote, src.title AS cites, s, tie, t
ORDER BY voice, type
