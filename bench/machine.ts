import { execFile } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from './browser';

const run = promisify(execFile);

/** The machine a run measured on. */
export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  /** As the browser reports it (`Browser.getVersion`), else `chromium --version`. */
  chromium: string;
  /** 1-minute load average at the start and end of the run (other work on the machine shows here). */
  load: { start: number; end: number | null };
}

/** What is known at the start of a run; {@link finishMachine} adds the rest. */
export function startMachine(): Machine {
  return {
    os: `${type()} ${release()}`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: '',
    load: { start: loadavg()[0]!, end: null },
  };
}

/** Completes the machine description: the browser's version (or the binary's) and the final load. */
export async function finishMachine(machine: Machine, browserVersion: string | null): Promise<Machine> {
  const chromium = browserVersion ?? (await run(CHROMIUM_PATH, ['--version']).then((r) => r.stdout.trim()).catch(() => 'unknown'));
  return { ...machine, chromium, load: { ...machine.load, end: loadavg()[0]! } };
}
