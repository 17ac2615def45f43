// Sources. The seed report itself is a source; its publication date is not in its text, only that it
// followed the June 2024 defense deal and the October 2024 intelligence reports, hence month precision.
MERGE (s:Source {id: 'seed-report'})
SET s.title = 'South Korea Considers Arming Ukraine as North Korea-Russia Ties Deepen',
    s.publisher = 'Unattributed news report (seed report)',
    s.url = null,
    s.published = date('2024-10-01'),
    s.publishedPrecision = 'month',
    s.reliability = 'C';

MERGE (s:Source {id: 'nato-member-countries'})
SET s.title = 'NATO member countries',
    s.publisher = 'NATO',
    s.url = 'https://www.nato.int/cps/en/natohq/topics_52044.htm',
    s.published = date('2024-01-01'),
    s.publishedPrecision = 'year',
    s.reliability = 'A';
