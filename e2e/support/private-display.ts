import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * An X server (Xvfb) of a test's own, for what depends on the whole display: Chrome's idle
 * detection (`chrome.idle`) reads how long the X server has had no input, so a test that goes
 * "idle" must not share its display with tests that press keys or move the mouse, and can then
 * run in parallel with them.
 */
export interface PrivateDisplay {
  /** The `DISPLAY` value, e.g. `:42`. */
  readonly display: string;
  /** Moves the mouse through the X server (xdotool), as a person touching the computer would; returns when (ms). */
  touch(): Promise<number>;
  close(): Promise<void>;
}

/** Starts Xvfb on a free display number (Xvfb picks it: `-displayfd`) and resolves once it accepts clients. */
export async function startPrivateDisplay(): Promise<PrivateDisplay> {
  const server: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    let errors = '';
    server.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    server.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    server.once('error', (error) => reject(new Error(`Xvfb did not start (sudo apt-get install -y xvfb xdotool): ${error.message}`)));
    server.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it was ready: ${errors.trim()}`)));
  });
  let moves = 0;
  return {
    display,
    async touch() {
      moves += 1;
      // A different spot each time: a move to where the pointer already is is no input.
      await run('xdotool', ['mousemove', String(100 + (moves % 50) * 7), String(100 + (moves % 30) * 5)], { env: { ...process.env, DISPLAY: display } });
      return Date.now();
    },
    async close() {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    },
  };
}
