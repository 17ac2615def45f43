// Lookups the app makes often: evidence by the tie it supports, actors by name for search.
CREATE INDEX evidence_tie IF NOT EXISTS FOR (e:Evidence) ON (e.tieId);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
