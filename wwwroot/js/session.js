// Who is signed in, as the page says (meta tags the layout writes), and the anti-forgery token to send back.
const meta = name => document.querySelector(`meta[name="${name}"]`)?.content ?? null;

const RANKS = { Viewer: 1, Analyst: 2, Admin: 3 };

export const session = {
  user: () => meta('user-name'),
  role: () => meta('user-role'),
  csrfToken: () => meta('csrf-token'),
  // True when the signed-in role is `minimum` or above (the server checks again; this only shapes the page).
  atLeast: minimum => (RANKS[meta('user-role')] ?? 0) >= (RANKS[minimum] ?? Infinity),
};
