// Actors named in the seed report. Organisations inside a state (its spy agency, its security council,
// its mission to the UN) are actors of their own, so that evidence can say who asserted or denied a tie.
MERGE (a:Actor {id: 'russia'})
SET a.name = 'Russia', a.kind = 'state', a.aliases = ['Russian Federation', 'Moscow'], a.country = 'RU',
    a.description = 'Invaded Ukraine in 2022; signed a mutual military assistance deal with North Korea in June 2024.';

MERGE (a:Actor {id: 'ukraine'})
SET a.name = 'Ukraine', a.kind = 'state', a.aliases = ['Kyiv'], a.country = 'UA',
    a.description = 'Invaded by Russia in 2022; receives South Korean humanitarian and financial aid.';

MERGE (a:Actor {id: 'south-korea'})
SET a.name = 'South Korea', a.kind = 'state', a.aliases = ['Republic of Korea', 'ROK', 'Seoul'], a.country = 'KR',
    a.description = 'Sanctions Russia and aids Ukraine; considering supplying arms to Ukraine.';

MERGE (a:Actor {id: 'north-korea'})
SET a.name = 'North Korea', a.kind = 'state', a.aliases = ['DPRK', 'Democratic People’s Republic of Korea', 'Pyongyang'], a.country = 'KP',
    a.description = 'Signed a defense deal with Russia in June 2024; reported to have sent troops to Russia.';

MERGE (a:Actor {id: 'united-states'})
SET a.name = 'United States', a.kind = 'state', a.aliases = ['USA', 'US', 'U.S.', 'Washington'], a.country = 'US',
    a.description = 'Leads the sanctions against Russia; has not confirmed the North Korean troop deployment.';

MERGE (a:Actor {id: 'nato'})
SET a.name = 'NATO', a.kind = 'organisation', a.aliases = ['North Atlantic Treaty Organization', 'OTAN'], a.country = null,
    a.description = 'Has not confirmed the North Korean troop deployment but expressed concern.';

MERGE (a:Actor {id: 'nis'})
SET a.name = 'National Intelligence Service', a.kind = 'organisation',
    a.aliases = ['NIS', 'South Korea’s spy agency', 'South Korean intelligence'], a.country = 'KR',
    a.description = 'South Korea’s spy agency; reported the North Korean troop deployment to Russia.';

MERGE (a:Actor {id: 'south-korea-nsc'})
SET a.name = 'National Security Council (South Korea)', a.kind = 'organisation', a.aliases = ['NSC', 'Seoul’s National Security Council'], a.country = 'KR',
    a.description = 'Called the North Korea–Russia military cooperation a significant threat; weighing phased countermeasures.';

MERGE (a:Actor {id: 'dprk-un-mission'})
SET a.name = 'North Korean mission to the United Nations', a.kind = 'organisation', a.aliases = ['North Korea’s diplomat at the UN', 'DPRK UN mission'], a.country = 'KP',
    a.description = 'Its diplomat rejected the troop reports as attempts to undermine cooperation.';

MERGE (a:Actor {id: 'us-un-mission'})
SET a.name = 'United States mission to the United Nations', a.kind = 'organisation', a.aliases = ['U.S. deputy ambassador to the U.N.', 'USUN'], a.country = 'US',
    a.description = 'Its deputy ambassador warned of potential dangers; consultations with allies and partners are ongoing.';

MERGE (a:Actor {id: 'kim-jong-un'})
SET a.name = 'Kim Jong Un', a.kind = 'person', a.aliases = ['Kim Jong-un'], a.country = 'KP',
    a.description = 'Leader of North Korea.';

MERGE (a:Actor {id: 'kim-yo-jong'})
SET a.name = 'Kim Yo Jong', a.kind = 'person', a.aliases = ['Kim Jong Un’s sister', 'Kim Yo-jong'], a.country = 'KP',
    a.description = 'Kim Jong Un’s sister; criticised South Korea and Ukraine for their statements on the troop reports.';
