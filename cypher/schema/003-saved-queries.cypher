// Queries saved by users live in the store beside the data; their id is unique (saves MERGE by it).
CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (q:SavedQuery) REQUIRE q.id IS UNIQUE;
