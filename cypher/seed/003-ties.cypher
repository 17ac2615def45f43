// Ties: one MERGE by tie id each, so a re-run updates rather than duplicates.
// Dates are the first day of their period plus a precision (year, month, day), as the report gives them.
// Symmetric types (DEFENSE_PACT, FAMILY) are stored once and queried undirected.

MATCH (s:Actor {id: 'russia'}), (t:Actor {id: 'ukraine'})
MERGE (s)-[r:ARMED_CONFLICT {id: 'russia-invades-ukraine'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = date('2022-01-01'),
    r.validFromPrecision = 'year',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2022-01-01'),
    r.reportedOnPrecision = 'year',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 99,
    r.summary = 'Russia invaded Ukraine in 2022.';

MATCH (s:Actor {id: 'south-korea'}), (t:Actor {id: 'russia'})
MERGE (s)-[r:SANCTIONS {id: 'south-korea-sanctions-russia'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = date('2022-01-01'),
    r.validFromPrecision = 'year',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2022-01-01'),
    r.reportedOnPrecision = 'year',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 90,
    r.summary = 'South Korea takes part in the U.S.-led sanctions against Moscow since the 2022 invasion.';

MATCH (s:Actor {id: 'united-states'}), (t:Actor {id: 'russia'})
MERGE (s)-[r:SANCTIONS {id: 'united-states-sanctions-russia'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = date('2022-01-01'),
    r.validFromPrecision = 'year',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2022-01-01'),
    r.reportedOnPrecision = 'year',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 90,
    r.summary = 'The United States leads the sanctions against Moscow since the 2022 invasion.';

MATCH (s:Actor {id: 'south-korea'}), (t:Actor {id: 'ukraine'})
MERGE (s)-[r:AID {id: 'south-korea-humanitarian-aid-ukraine'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = date('2022-01-01'),
    r.validFromPrecision = 'year',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2022-01-01'),
    r.reportedOnPrecision = 'year',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 90,
    r.summary = 'South Korea has provided humanitarian aid to Kyiv.',
    r.aidKind = 'humanitarian';

MATCH (s:Actor {id: 'south-korea'}), (t:Actor {id: 'ukraine'})
MERGE (s)-[r:AID {id: 'south-korea-financial-aid-ukraine'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = date('2022-01-01'),
    r.validFromPrecision = 'year',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2022-01-01'),
    r.reportedOnPrecision = 'year',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 90,
    r.summary = 'South Korea has provided financial aid to Kyiv.',
    r.aidKind = 'financial';

MATCH (s:Actor {id: 'south-korea'}), (t:Actor {id: 'ukraine'})
MERGE (s)-[r:ARMS_TRANSFER {id: 'south-korea-arms-ukraine'}]->(t)
SET r.status = 'reported',
    r.phase = 'considered',
    r.validFrom = date('2024-10-01'),
    r.validFromPrecision = 'month',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 50,
    r.summary = 'South Korea is contemplating supplying weapons to Ukraine; it has so far refrained because of policy constraints.';

MATCH (s:Actor {id: 'north-korea'}), (t:Actor {id: 'russia'})
MERGE (s)-[r:DEFENSE_PACT {id: 'north-korea-russia-defense-pact'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'signed',
    r.validFrom = date('2024-06-01'),
    r.validFromPrecision = 'month',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-06-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 95,
    r.summary = 'Defense deal for mutual military assistance, signed in June 2024.';

MATCH (s:Actor {id: 'north-korea'}), (t:Actor {id: 'russia'})
MERGE (s)-[r:TROOP_TRANSFER {id: 'north-korea-troops-russia'}]->(t)
SET r.status = 'disputed',
    r.phase = 'in-force',
    r.validFrom = date('2024-10-01'),
    r.validFromPrecision = 'month',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 60,
    r.summary = 'North Korean troops sent to Russia: asserted by South Korea’s spy agency, dismissed by Russia, denied by North Korea’s diplomat at the UN; not confirmed by the United States or NATO.',
    r.size = 'unknown';

MATCH (s:Actor {id: 'kim-yo-jong'}), (t:Actor {id: 'south-korea'})
MERGE (s)-[r:CRITICISES {id: 'kim-yo-jong-criticises-south-korea'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'announced',
    r.validFrom = date('2024-10-01'),
    r.validFromPrecision = 'month',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 80,
    r.summary = 'Kim Jong Un’s sister criticised South Korea for its statements on the troop reports.';

MATCH (s:Actor {id: 'kim-yo-jong'}), (t:Actor {id: 'ukraine'})
MERGE (s)-[r:CRITICISES {id: 'kim-yo-jong-criticises-ukraine'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'announced',
    r.validFrom = date('2024-10-01'),
    r.validFromPrecision = 'month',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 80,
    r.summary = 'Kim Jong Un’s sister criticised Ukraine for its statements on the troop reports.';

MATCH (s:Actor {id: 'south-korea-nsc'}), (t:Actor {id: 'north-korea'})
MERGE (s)-[r:REGARDS_AS_THREAT {id: 'south-korea-nsc-threat-north-korea'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'announced',
    r.validFrom = date('2024-10-01'),
    r.validFromPrecision = 'month',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 85,
    r.summary = 'South Korea’s National Security Council called the North Korea–Russia military cooperation a significant threat to regional security.';

MATCH (s:Actor {id: 'south-korea-nsc'}), (t:Actor {id: 'russia'})
MERGE (s)-[r:REGARDS_AS_THREAT {id: 'south-korea-nsc-threat-russia'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'announced',
    r.validFrom = date('2024-10-01'),
    r.validFromPrecision = 'month',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 85,
    r.summary = 'South Korea’s National Security Council called the North Korea–Russia military cooperation a significant threat to regional security.';

MATCH (s:Actor {id: 'south-korea'}), (t:Actor {id: 'north-korea'})
MERGE (s)-[r:COUNTERMEASURES {id: 'south-korea-countermeasures-north-korea'}]->(t)
SET r.status = 'reported',
    r.phase = 'considered',
    r.validFrom = date('2024-10-01'),
    r.validFromPrecision = 'month',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 60,
    r.summary = 'South Korea is weighing phased diplomatic, economic and military countermeasures should the North Korea–Russia cooperation intensify.';

MATCH (s:Actor {id: 'nis'}), (t:Actor {id: 'south-korea'})
MERGE (s)-[r:PART_OF {id: 'nis-part-of-south-korea'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = null,
    r.validFromPrecision = null,
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 99,
    r.summary = 'South Korea’s spy agency.';

MATCH (s:Actor {id: 'south-korea-nsc'}), (t:Actor {id: 'south-korea'})
MERGE (s)-[r:PART_OF {id: 'south-korea-nsc-part-of-south-korea'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = null,
    r.validFromPrecision = null,
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 99,
    r.summary = 'Seoul’s National Security Council.';

MATCH (s:Actor {id: 'dprk-un-mission'}), (t:Actor {id: 'north-korea'})
MERGE (s)-[r:PART_OF {id: 'dprk-un-mission-part-of-north-korea'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = null,
    r.validFromPrecision = null,
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 99,
    r.summary = 'North Korea’s diplomats at the United Nations.';

MATCH (s:Actor {id: 'us-un-mission'}), (t:Actor {id: 'united-states'})
MERGE (s)-[r:PART_OF {id: 'us-un-mission-part-of-united-states'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = null,
    r.validFromPrecision = null,
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 99,
    r.summary = 'The U.S. deputy ambassador to the U.N. speaks for the United States.';

MATCH (s:Actor {id: 'kim-jong-un'}), (t:Actor {id: 'north-korea'})
MERGE (s)-[r:LEADS {id: 'kim-jong-un-leads-north-korea'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = null,
    r.validFromPrecision = null,
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 99,
    r.summary = 'Background knowledge, not stated in the seed report.';

MATCH (s:Actor {id: 'kim-yo-jong'}), (t:Actor {id: 'kim-jong-un'})
MERGE (s)-[r:FAMILY {id: 'kim-yo-jong-family-kim-jong-un'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = null,
    r.validFromPrecision = null,
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('2024-10-01'),
    r.reportedOnPrecision = 'month',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 99,
    r.summary = 'Kim Yo Jong is Kim Jong Un’s sister.',
    r.relation = 'sister';

MATCH (s:Actor {id: 'united-states'}), (t:Actor {id: 'nato'})
MERGE (s)-[r:MEMBER_OF {id: 'united-states-member-of-nato'}]->(t)
SET r.status = 'confirmed',
    r.phase = 'in-force',
    r.validFrom = date('1949-08-24'),
    r.validFromPrecision = 'day',
    r.validTo = null,
    r.validToPrecision = null,
    r.reportedOn = date('1949-04-04'),
    r.reportedOnPrecision = 'day',
    r.recordedAt = coalesce(r.recordedAt, date()),
    r.confidence = 99,
    r.summary = 'Founding member of NATO (treaty in force from 24 August 1949).';
