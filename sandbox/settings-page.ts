import { Hono } from 'hono';
import type { SandboxContext, SandboxEnv } from './context';
import { loopbackOnly } from './loopback';
import { DEFAULT_ACCOUNT_ID } from './store';
import type { KeyRecord, Scope } from './types';
import { SCOPES } from './types';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A key as the settings page lists it: `ck_live_…` plus its last 4 characters. */
export function maskKey(key: string): string {
  return `ck_live_…${key.slice(-4)}`;
}

const SCOPE_HELP: Record<Scope, string> = {
  read: 'Read: view timers, projects and workspaces',
  write: 'Write: read, plus start and stop timers and log time',
  full: 'Full: everything, including creating projects',
};

function keyRow(k: KeyRecord): string {
  const action = k.revoked
    ? '<td>Revoked</td>'
    : `<td><form method="post" action="/settings/api-keys/revoke">` +
      `<input type="hidden" name="keyId" value="${escapeHtml(k.keyId)}">` +
      `<button type="submit" aria-label="Revoke ${escapeHtml(k.name)}">Revoke</button></form></td>`;
  return `<tr><td>${escapeHtml(k.name)}</td><td><code>${escapeHtml(maskKey(k.key))}</code></td>` +
    `<td>${escapeHtml(k.scope)}</td><td>${escapeHtml(k.createdAt.slice(0, 10))}</td>${action}</tr>`;
}

/** The "Settings → API Keys" page; `created` is a key just made, shown this once. */
export function renderApiKeysPage(keys: KeyRecord[], created?: KeyRecord): string {
  const fresh = created
    ? `<section role="status"><h2>Your new key</h2><p>Copy it now: it will not be shown again.</p>` +
      `<p><code id="new-key">${escapeHtml(created.key)}</code></p>` +
      `<p>Name: ${escapeHtml(created.name)} · Scope: ${escapeHtml(created.scope)}</p></section>`
    : '';
  const options = SCOPES.map(
    (s) => `<option value="${s}"${s === 'write' ? ' selected' : ''}>${escapeHtml(SCOPE_HELP[s])}</option>`,
  ).join('');
  const rows = keys.length
    ? keys.map(keyRow).join('')
    : '<tr><td colspan="5">No API keys yet.</td></tr>';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>API Keys · Settings · ClockMe (sandbox)</title>
<style>body{font:15px system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left}
code{background:#f3f3f3;padding:.1rem .3rem}section[role=status]{border:2px solid #4f46e5;padding:.5rem 1rem}</style>
</head><body>
<p><small>ClockMe sandbox · Settings</small></p>
<h1>API Keys</h1>
<p>API keys let other tools use your ClockMe account. Give each tool its own key, for example one
named "Chrome extension", so you can revoke one tool without breaking the others. A key is shown
once, when you create it; a revoked key stops working immediately.</p>
${fresh}
<h2>Create a key</h2>
<form method="post" action="/settings/api-keys">
<p><label for="name">Name</label><br><input id="name" name="name" required maxlength="100" placeholder="Chrome extension"></p>
<p><label for="scope">Scope</label><br><select id="scope" name="scope">${options}</select></p>
<p><button type="submit">Create key</button></p>
</form>
<h2>Your keys</h2>
<table><thead><tr><th>Name</th><th>Key</th><th>Scope</th><th>Created</th><th></th></tr></thead>
<tbody>${rows}</tbody></table>
</body></html>`;
}

function htmlResponse(html: string, status = 200): Response {
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** The loopback-only /settings pages for the default account. */
export function settingsRoutes(ctx: SandboxContext): Hono<SandboxEnv> {
  const settings = new Hono<SandboxEnv>();
  settings.use('*', loopbackOnly());
  const keys = (): KeyRecord[] => ctx.store.listKeys(DEFAULT_ACCOUNT_ID);

  settings.get('/api-keys', () => htmlResponse(renderApiKeysPage(keys())));

  settings.post('/api-keys', async (c) => {
    const form = await c.req.parseBody();
    const name = typeof form.name === 'string' ? form.name.slice(0, 100) : '';
    const scope = SCOPES.find((s) => s === form.scope) ?? 'write';
    const created = ctx.store.createKey(DEFAULT_ACCOUNT_ID, scope, name);
    return htmlResponse(renderApiKeysPage(keys(), created), 201);
  });

  settings.post('/api-keys/revoke', async (c) => {
    const form = await c.req.parseBody();
    if (typeof form.keyId === 'string') ctx.store.revokeKeyById(DEFAULT_ACCOUNT_ID, form.keyId);
    return c.redirect('/settings/api-keys', 303);
  });

  return settings;
}
