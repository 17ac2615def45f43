// The import page's calls to the server, through api.js's request() (which sends the anti-forgery token on writes).
import { request } from '../api.js';

export const importApi = {
  presets: () => request('GET', '/api/imports/presets'),
  preset: id => request('GET', `/api/imports/presets/${encodeURIComponent(id)}`),
  upload: form => request('POST', '/api/imports/uploads', { body: form }),
  start: ({ uploadId, preset, mapping, dryRun, skipRejected }) =>
    request('POST', '/api/imports', { body: { uploadId, preset, mapping, dryRun, skipRejected } }),
  job: id => request('GET', `/api/imports/${encodeURIComponent(id)}`),
  rows: (id, { action, offset, limit }) => request('GET', `/api/imports/${encodeURIComponent(id)}/rows`, { params: { action, offset, limit } }),
};
