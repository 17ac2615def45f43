// Turns the mapping form's values into the server's mapping JSON (see src/RelationsGraph.Web/Import/Mapping).
const column = name => (name ? { column: name } : undefined);
const either = (col, fixed) => (col ? { column: col } : fixed ? { fixed } : undefined);

function aliasTable(text) {
  return text.split(/\r?\n/).map(line => line.trim()).filter(Boolean).map(line => {
    const [key, id, name, kind] = line.split(line.includes('\t') ? '\t' : ',').map(part => part.trim());
    return { key, id, ...(name ? { name } : {}), ...(kind ? { kind } : {}) };
  });
}

function endpoint(form, col, fixed) {
  const spec = { ...(col ? { column: col } : { fixed }), match: form.match };
  if (form.prefix) spec.prefix = form.prefix;
  if (form.numeric) spec.numeric = true;
  if (form.match === 'alias') spec.aliases = aliasTable(form.aliases);
  if (form.createKind) spec.create = { kind: form.createKind, name: col ? `{${col}}` : fixed };
  return spec;
}

export function buildMapping(form) {
  const source = Object.fromEntries(Object.entries(form.source).filter(([, v]) => v));
  const mapping = { target: form.target, ...(Object.keys(source).length ? { source } : {}) };
  if (form.target === 'actors') {
    mapping.actor = {
      ...(form.actorId ? { id: { column: form.actorId, ...(form.actorPrefix ? { prefix: form.actorPrefix } : {}), ...(form.actorNumeric ? { numeric: true } : {}) } } : {}),
      name: column(form.actorName),
      kind: either(form.actorKindColumn, form.actorKindFixed),
      ...(form.actorAliases ? { aliases: { columns: [form.actorAliases], ...(form.actorSeparator ? { separator: form.actorSeparator } : {}) } } : {}),
      ...(form.actorCountry ? { country: column(form.actorCountry) } : {}),
      ...(form.actorDescription ? { description: column(form.actorDescription) } : {}),
    };
    return mapping;
  }
  const tie = {
    type: either(form.typeColumn, form.typeFixed),
    from: endpoint(form, form.fromColumn, undefined),
    to: endpoint(form, form.toColumn, form.toFixed),
    status: either(form.statusColumn, form.statusFixed),
  };
  if (form.phaseColumn || form.phaseFixed) tie.phase = either(form.phaseColumn, form.phaseFixed);
  if (form.validFrom) tie.validFrom = column(form.validFrom);
  if (form.validTo) tie.validTo = column(form.validTo);
  if (form.confidenceColumn || form.confidenceFixed) tie.confidence = either(form.confidenceColumn, form.confidenceFixed);
  if (form.summary) tie.summary = column(form.summary);
  if (form.key.length) tie.key = form.key;
  mapping.tie = tie;
  return mapping;
}
