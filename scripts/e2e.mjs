#!/usr/bin/env node
// Runs the Playwright end-to-end tests. The keyboard-shortcut tests need a real X display, so
// where there is none (CI, SSH) the run is wrapped in Xvfb via xvfb-run.
import { spawnSync } from 'node:child_process';

const args = ['playwright', 'test', ...process.argv.slice(2)];
const needsDisplay = !process.env.DISPLAY;
const [command, commandArgs] = needsDisplay
  ? ['xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1280x800x24', 'npx', ...args]]
  : ['npx', args];

if (needsDisplay && spawnSync('which', ['xvfb-run']).status !== 0) {
  console.error('No X display and no xvfb-run: install it with `sudo apt-get install -y xvfb xdotool` (see README).');
  process.exit(1);
}
const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
process.exit(result.status ?? 1);
