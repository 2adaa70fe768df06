#!/usr/bin/env node
// Runs the performance benchmark (bench/run.ts, see the README's "Performance" section). The
// shortcut figure presses real keys in headed Chromium; the benchmark starts an X server of its
// own (Xvfb) for each browser, so it needs Xvfb and xdotool even where there is a display, and
// never types into the person's own desktop.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--only='));
const needsX = !only || only.slice('--only='.length).split(',').includes('shortcut');
const missing = needsX ? ['Xvfb', 'xdotool'].filter((tool) => spawnSync('which', [tool]).status !== 0) : [];
if (missing.length > 0) {
  console.error(`The shortcut figure needs ${missing.join(' and ')}: sudo apt-get install -y xvfb xdotool (or run with --only=sizes,popup,options,network).`);
  process.exit(1);
}
const result = spawnSync('npx', ['tsx', 'bench/run.ts', ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
