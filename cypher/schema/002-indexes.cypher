// Lookups the app makes often: evidence by the tie it supports, actors by name for search.
CREATE INDEX evidence_tie IF NOT EXISTS FOR (e:Evidence) ON (e.tieId);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
// A tie's history of status, phase and confidence changes is found by its tieId, like its evidence.
CREATE INDEX tie_change_tie IF NOT EXISTS FOR (h:TieChange) ON (h.tieId);
