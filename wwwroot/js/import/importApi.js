// The import page's calls to the server, through api.js's request(). Writes carry the page's anti-forgery token.
import { request } from '../api.js';

const token = () => document.querySelector('#upload-form input[name="__RequestVerificationToken"]')?.value ?? '';
const guarded = () => ({ RequestVerificationToken: token() });

export const importApi = {
  presets: () => request('GET', '/api/imports/presets'),
  preset: id => request('GET', `/api/imports/presets/${encodeURIComponent(id)}`),
  upload: form => request('POST', '/api/imports/uploads', { body: form, headers: guarded() }),
  start: ({ uploadId, preset, mapping, dryRun, skipRejected }) =>
    request('POST', '/api/imports', { body: { uploadId, preset, mapping, dryRun, skipRejected }, headers: guarded() }),
  job: id => request('GET', `/api/imports/${encodeURIComponent(id)}`),
  rows: (id, { action, offset, limit }) => request('GET', `/api/imports/${encodeURIComponent(id)}/rows`, { params: { action, offset, limit } }),
};
