// @name Find actors by name or alias
// @description Actors whose name or an alias contains the text (ignoring case), with their number of ties.
// @tags actors, search
// @param text: string = "korea" -- Part of a name or alias
MATCH (a:Actor)
WHERE toLower(a.name) CONTAINS toLower($text)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($text))
OPTIONAL MATCH (a)-[tie]-(:Actor)
RETURN a.name AS actor, a.kind AS kind, a.country AS country, count(tie) AS ties, a
ORDER BY actor
