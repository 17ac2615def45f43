// Unique ids for actors, sources and evidence, and for ties of every registered type.
// Neo4j 5 syntax; IF NOT EXISTS makes the file safe to apply at every start-up.
// A tie type added to cypher/registry.json needs its constraint here too (a test checks this).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (m:Meta) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT tie_id_defense_pact IF NOT EXISTS FOR ()-[r:DEFENSE_PACT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_sanctions IF NOT EXISTS FOR ()-[r:SANCTIONS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_aid IF NOT EXISTS FOR ()-[r:AID]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_troop_transfer IF NOT EXISTS FOR ()-[r:TROOP_TRANSFER]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_arms_transfer IF NOT EXISTS FOR ()-[r:ARMS_TRANSFER]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_armed_conflict IF NOT EXISTS FOR ()-[r:ARMED_CONFLICT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_leads IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_family IF NOT EXISTS FOR ()-[r:FAMILY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_criticises IF NOT EXISTS FOR ()-[r:CRITICISES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_regards_as_threat IF NOT EXISTS FOR ()-[r:REGARDS_AS_THREAT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tie_id_countermeasures IF NOT EXISTS FOR ()-[r:COUNTERMEASURES]-() REQUIRE r.id IS UNIQUE;
