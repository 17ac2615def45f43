// Whether a tie is in force on a date; the same rule as the server's TieValidity: dates are the first day
// of their period plus a precision, a missing start means "since before the record", a missing end "still".

function endOfPeriod(start, precision) {
  const d = new Date(`${start}T00:00:00Z`);
  if (precision === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (precision === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function inForceOn(date, tie) {
  if (!date) return true;
  const from = tie.validFrom?.slice(0, 10);
  const to = tie.validTo?.slice(0, 10);
  if (from && date < from) return false;
  if (to && date >= endOfPeriod(to, tie.validToPrecision)) return false;
  return true;
}
