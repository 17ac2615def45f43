// Evidence: who asserts or denies each tie, citing which source. Found by tieId, so any query can ask
// which ties rest on one source, or which someone denies. 'accessed' is when the seed was compiled (month).

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-russia-invades-ukraine'})
SET e.tieId = 'russia-invades-ukraine', e.stance = 'asserts', e.quote = 'Since Russia invaded Ukraine in 2022', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-south-korea-sanctions-russia'})
SET e.tieId = 'south-korea-sanctions-russia', e.stance = 'asserts', e.quote = 'Since Russia invaded Ukraine in 2022, South Korea has participated in U.S.-led sanctions against Moscow', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-united-states-sanctions-russia'})
SET e.tieId = 'united-states-sanctions-russia', e.stance = 'asserts', e.quote = 'Since Russia invaded Ukraine in 2022, South Korea has participated in U.S.-led sanctions against Moscow', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-south-korea-humanitarian-aid'})
SET e.tieId = 'south-korea-humanitarian-aid-ukraine', e.stance = 'asserts', e.quote = 'provided humanitarian and financial aid to Kyiv', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-south-korea-financial-aid'})
SET e.tieId = 'south-korea-financial-aid-ukraine', e.stance = 'asserts', e.quote = 'provided humanitarian and financial aid to Kyiv', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-south-korea-arms-ukraine'})
SET e.tieId = 'south-korea-arms-ukraine', e.stance = 'asserts', e.quote = 'South Korea is contemplating supplying weapons to Ukraine in response to reports of North Korea sending troops to Russia', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-north-korea-russia-pact'})
SET e.tieId = 'north-korea-russia-defense-pact', e.stance = 'asserts', e.quote = 'including a defense deal signed in June for mutual military assistance', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-troops-nis'})
SET e.tieId = 'north-korea-troops-russia', e.stance = 'asserts', e.quote = 'The potential policy shift follows reports from South Korea’s spy agency about North Korean troop deployment to Russia.', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src)
WITH e
MATCH (by:Actor {id: 'nis'})
MERGE (e)-[:BY]->(by);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-troops-south-korea'})
SET e.tieId = 'north-korea-troops-russia', e.stance = 'asserts', e.quote = 'South Korean officials described North Korea as a “criminal group” forcing its youth into mercenary roles.', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src)
WITH e
MATCH (by:Actor {id: 'south-korea'})
MERGE (e)-[:BY]->(by);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-troops-russia-denies'})
SET e.tieId = 'north-korea-troops-russia', e.stance = 'denies', e.quote = 'Russia has dismissed South Korean and Western claims at the United Nations', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src)
WITH e
MATCH (by:Actor {id: 'russia'})
MERGE (e)-[:BY]->(by);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-troops-dprk-denies'})
SET e.tieId = 'north-korea-troops-russia', e.stance = 'denies', e.quote = 'North Korea’s diplomat rejected the rumors as attempts to undermine cooperation.', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src)
WITH e
MATCH (by:Actor {id: 'dprk-un-mission'})
MERGE (e)-[:BY]->(by);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-kim-yo-jong-south-korea'})
SET e.tieId = 'kim-yo-jong-criticises-south-korea', e.stance = 'asserts', e.quote = 'Kim Jong Un’s sister also criticized South Korea and Ukraine for their statements on the matter.', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-kim-yo-jong-ukraine'})
SET e.tieId = 'kim-yo-jong-criticises-ukraine', e.stance = 'asserts', e.quote = 'Kim Jong Un’s sister also criticized South Korea and Ukraine for their statements on the matter.', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-nsc-threat-north-korea'})
SET e.tieId = 'south-korea-nsc-threat-north-korea', e.stance = 'asserts', e.quote = 'Seoul’s National Security Council expresses grave concerns over the alleged military cooperation between Pyongyang and Moscow, viewing it as a significant threat to regional security.', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src)
WITH e
MATCH (by:Actor {id: 'south-korea-nsc'})
MERGE (e)-[:BY]->(by);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-nsc-threat-russia'})
SET e.tieId = 'south-korea-nsc-threat-russia', e.stance = 'asserts', e.quote = 'Seoul’s National Security Council expresses grave concerns over the alleged military cooperation between Pyongyang and Moscow, viewing it as a significant threat to regional security.', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src)
WITH e
MATCH (by:Actor {id: 'south-korea-nsc'})
MERGE (e)-[:BY]->(by);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-south-korea-countermeasures'})
SET e.tieId = 'south-korea-countermeasures-north-korea', e.stance = 'asserts', e.quote = 'The government is now weighing a series of phased countermeasures, including diplomatic, economic, and military responses, should the cooperation between Russia and North Korea intensify.', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src)
WITH e
MATCH (by:Actor {id: 'south-korea'})
MERGE (e)-[:BY]->(by);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-nis-part-of-south-korea'})
SET e.tieId = 'nis-part-of-south-korea', e.stance = 'asserts', e.quote = 'reports from South Korea’s spy agency', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-nsc-part-of-south-korea'})
SET e.tieId = 'south-korea-nsc-part-of-south-korea', e.stance = 'asserts', e.quote = 'Seoul’s National Security Council', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-dprk-un-mission'})
SET e.tieId = 'dprk-un-mission-part-of-north-korea', e.stance = 'asserts', e.quote = 'North Korea’s diplomat rejected the rumors', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-us-un-mission'})
SET e.tieId = 'us-un-mission-part-of-united-states', e.stance = 'asserts', e.quote = 'The U.S. deputy ambassador to the U.N. warned of potential dangers', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'seed-report'})
MERGE (e:Evidence {id: 'ev-kim-yo-jong-sister'})
SET e.tieId = 'kim-yo-jong-family-kim-jong-un', e.stance = 'asserts', e.quote = 'Kim Jong Un’s sister', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);

MATCH (src:Source {id: 'nato-member-countries'})
MERGE (e:Evidence {id: 'ev-united-states-nato'})
SET e.tieId = 'united-states-member-of-nato', e.stance = 'asserts', e.quote = 'NATO member countries: the United States is a founding member (1949).', e.accessed = date('2024-10-01'), e.accessedPrecision = 'month'
MERGE (e)-[:CITES]->(src);
