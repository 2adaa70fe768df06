#!/usr/bin/env node
// `npm start`: the local ClockMe sandbox on 127.0.0.1:4010 (SANDBOX_PORT to change) plus a dev
// build of the extension pointed at it. With a display, WXT opens Chromium with the extension
// loaded; without one, this prints the folder to load and a key to paste. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const children = [];
let stopping = false;

/** Starts a child in its own process group, so stopping it also stops what it started (npx → node). */
function start(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  children.push(child);
  return child;
}

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  process.exitCode = code;
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
process.on('exit', () => stopAll(process.exitCode ?? 0));

const sandbox = start('npx', ['tsx', 'sandbox/main.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
sandbox.on('exit', (code) => {
  if (!stopping) console.error(`The sandbox stopped (exit code ${code}).`);
  stopAll(code ?? 1);
});

const ready = await new Promise((resolve) => {
  createInterface({ input: sandbox.stdout }).on('line', (line) => {
    if (line.startsWith('SANDBOX_READY ')) resolve(JSON.parse(line.slice('SANDBOX_READY '.length)));
    else console.log(line);
  });
});

const hasDisplay = Boolean(process.env.DISPLAY) || process.platform !== 'linux';
const dev = start('npx', ['wxt'], {
  stdio: 'inherit',
  env: { ...process.env, WXT_CLOCKME_API_URL: ready.origin, WXT_OPEN_BROWSER: hasDisplay ? '1' : '0' },
});
dev.on('exit', (code) => stopAll(code ?? 0));

if (!hasDisplay) {
  console.log(`
No display here, so no browser was opened. In Chromium on a machine with a display:
  chrome://extensions → Developer mode → Load unpacked → ${process.cwd()}/.output/chrome-mv3-dev
Then paste this Write key into the popup: ${ready.keys.write}
`);
}
