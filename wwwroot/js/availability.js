// The "graph database unavailable" banner. When the store stops answering (a 503 from any call, e.g. the Neo4j
// circuit breaker is open) the page says so at once instead of leaving a blank or stale view, then asks /health
// every few seconds and takes the banner down when the store answers again.
const RETRY_MS = 3000;
let banner = null;
let timer = null;

function show(detail) {
  if (!banner) {
    banner = document.createElement('div');
    banner.id = 'store-banner';
    banner.className = 'store-banner';
    banner.setAttribute('role', 'alert');
    document.body.prepend(banner);
  }
  banner.textContent = 'Graph database unavailable, retrying…' + (detail ? ` (${detail})` : '');
  banner.hidden = false;
}

async function probe() {
  timer = null;
  let answers = false;
  try {
    const response = await fetch(new URL('/health', window.location.origin), { headers: { Accept: 'application/json' } });
    answers = response.ok;
  } catch {
    answers = false;
  }
  if (answers) storeAnswered();
  else timer = setTimeout(probe, RETRY_MS);
}

export function storeUnavailable(detail) {
  show(detail);
  if (timer === null) timer = setTimeout(probe, RETRY_MS);
}

export function storeAnswered() {
  if (timer !== null) { clearTimeout(timer); timer = null; }
  if (banner && !banner.hidden) {
    banner.hidden = true;
    window.dispatchEvent(new CustomEvent('store-available'));
  }
}
