import {
  currentTimerResponseSchema,
  entrySchema,
  errorBodySchema,
  heartbeatResponseSchema,
  projectSchema,
  projectsResponseSchema,
  timerSchema,
  workspaceSchema,
} from '../schemas';

// What ClockMe may answer and what the extension makes of it. The schemas moved from zod to
// zod/mini for the service worker's size (docs/decisions.md, "Service worker size"); this table
// pins the verdicts they had with full zod: what is accepted, what it becomes, what is refused.

const timer = {
  id: 'tmr_1',
  projectId: 'prj_1',
  projectName: 'Website',
  description: 'Homepage copy',
  startedAt: '2026-11-29T10:00:00Z',
};
const entry = { ...timer, description: null, endedAt: '2026-11-29T11:00:00Z', durationSeconds: 3600 };
const project = { id: 'prj_1', name: 'Website', color: '#3366ff', hourlyRate: 90, archived: false };

/** Runs `schema` on `answer`: what it becomes, or `'refused'`. */
function verdict(schema: { safeParse(value: unknown): { success: true; data: unknown } | { success: false } }, answer: unknown): unknown {
  const parsed = schema.safeParse(answer);
  return parsed.success ? parsed.data : 'refused';
}

describe('timerSchema', () => {
  it.each<[string, unknown, unknown]>([
    ['a complete timer', timer, timer],
    ['numeric ids, as strings', { ...timer, id: 42, projectId: 7 }, { ...timer, id: '42', projectId: '7' }],
    ['a missing description, as null', { ...timer, description: undefined }, { ...timer, description: null }],
    ['a null description', { ...timer, description: null }, { ...timer, description: null }],
    ['unknown fields, dropped', { ...timer, billable: true }, timer],
    ['a startedAt with an offset', { ...timer, startedAt: '2026-11-29T11:00:00+01:00' }, { ...timer, startedAt: '2026-11-29T11:00:00+01:00' }],
    ['an empty id', { ...timer, id: '' }, 'refused'],
    ['a null id', { ...timer, id: null }, 'refused'],
    ['a boolean project id', { ...timer, projectId: true }, 'refused'],
    ['no projectName', { ...timer, projectName: undefined }, 'refused'],
    ['a numeric description', { ...timer, description: 5 }, 'refused'],
    ['an unparseable startedAt', { ...timer, startedAt: 'yesterday' }, 'refused'],
    ['a numeric startedAt', { ...timer, startedAt: 1_764_410_400_000 }, 'refused'],
    ['no startedAt', { ...timer, startedAt: undefined }, 'refused'],
    ['null', null, 'refused'],
    ['an array', [timer], 'refused'],
  ])('%s', (_name, answer, expected) => {
    expect(verdict(timerSchema, answer)).toEqual(expected);
  });
});

describe('entrySchema', () => {
  it.each<[string, unknown, unknown]>([
    ['a complete entry', entry, entry],
    ['zero seconds', { ...entry, durationSeconds: 0 }, { ...entry, durationSeconds: 0 }],
    ['the largest safe integer', { ...entry, durationSeconds: 2 ** 53 - 1 }, { ...entry, durationSeconds: 2 ** 53 - 1 }],
    ['negative seconds', { ...entry, durationSeconds: -1 }, 'refused'],
    ['fractional seconds', { ...entry, durationSeconds: 1.5 }, 'refused'],
    ['an unsafe integer', { ...entry, durationSeconds: 2 ** 53 }, 'refused'],
    ['seconds as a string', { ...entry, durationSeconds: '3600' }, 'refused'],
    ['NaN seconds', { ...entry, durationSeconds: Number.NaN }, 'refused'],
    ['infinite seconds', { ...entry, durationSeconds: Number.POSITIVE_INFINITY }, 'refused'],
    ['no endedAt', { ...entry, endedAt: undefined }, 'refused'],
    ['an unparseable endedAt', { ...entry, endedAt: 'later' }, 'refused'],
  ])('%s', (_name, answer, expected) => {
    expect(verdict(entrySchema, answer)).toEqual(expected);
  });
});

describe('projectSchema', () => {
  it.each<[string, unknown, unknown]>([
    ['a complete project', project, project],
    ['only id and name, with defaults', { id: 3, name: 'Website' }, { id: '3', name: 'Website', color: null, hourlyRate: null, archived: false }],
    ['null colour and rate', { ...project, color: null, hourlyRate: null }, { ...project, color: null, hourlyRate: null }],
    ['an archived project', { ...project, archived: true }, { ...project, archived: true }],
    ['a fractional rate', { ...project, hourlyRate: 87.5 }, { ...project, hourlyRate: 87.5 }],
    ['archived as a string', { ...project, archived: 'yes' }, 'refused'],
    ['archived as null', { ...project, archived: null }, 'refused'],
    ['a rate as a string', { ...project, hourlyRate: '90' }, 'refused'],
    ['a numeric colour', { ...project, color: 3 }, 'refused'],
    ['no name', { id: 'prj_1' }, 'refused'],
  ])('%s', (_name, answer, expected) => {
    expect(verdict(projectSchema, answer)).toEqual(expected);
  });
});

describe('workspaceSchema', () => {
  it.each<[string, unknown, unknown]>([
    ['with a role', { id: 1, name: 'Acme', role: 'owner' }, { id: '1', name: 'Acme', role: 'owner' }],
    ['without a role', { id: 'ws_1', name: 'Acme' }, { id: 'ws_1', name: 'Acme' }],
    ['a numeric role', { id: 'ws_1', name: 'Acme', role: 1 }, 'refused'],
    ['a null role', { id: 'ws_1', name: 'Acme', role: null }, 'refused'],
  ])('%s', (_name, answer, expected) => {
    expect(verdict(workspaceSchema, answer)).toEqual(expected);
  });
});

describe('errorBodySchema', () => {
  it.each<[string, unknown, unknown]>([
    ['code and message', { error: 'rate_limited', message: 'Slow down.' }, { error: 'rate_limited', message: 'Slow down.' }],
    ['extra fields, kept', { error: 'insufficient_scope', requiredScope: 'full' }, { error: 'insufficient_scope', requiredScope: 'full' }],
    ['a null message', { error: 'x', message: null }, 'refused'],
    ['no code', { message: 'Oops.' }, 'refused'],
    ['a string', 'Bad Gateway', 'refused'],
    ['nothing (a body that was not JSON)', undefined, 'refused'],
  ])('%s', (_name, answer, expected) => {
    expect(verdict(errorBodySchema, answer)).toEqual(expected);
  });
});

describe('response bodies', () => {
  it.each<[string, unknown, unknown]>([
    ['{ timer }', { timer }, [timer]],
    ['{ timer: null }', { timer: null }, []],
    ['{ timers }', { timers: [timer, { ...timer, id: 'tmr_2' }] }, [timer, { ...timer, id: 'tmr_2' }]],
    ['a bare array', [timer], [timer]],
    ['an empty array', [], []],
    ['{ running: false }', { running: false }, 'refused'],
    ['{ timer } with a bad timer', { timer: { ...timer, id: '' } }, 'refused'],
    ['{ timers } with a bad timer', { timers: [timer, { ...timer, startedAt: 'soon' }] }, 'refused'],
  ])('GET /api/timer/current: %s', (_name, answer, expected) => {
    expect(verdict(currentTimerResponseSchema, answer)).toEqual(expected);
  });

  it('GET /api/projects turns each project into its full shape and refuses a list with a bad one', () => {
    expect(verdict(projectsResponseSchema, { projects: [{ id: 3, name: 'Website' }] })).toEqual({
      projects: [{ id: '3', name: 'Website', color: null, hourlyRate: null, archived: false }],
    });
    expect(verdict(projectsResponseSchema, { projects: [project, { id: '', name: 'x' }] })).toBe('refused');
    expect(verdict(projectsResponseSchema, { projects: null })).toBe('refused');
  });

  it('POST /api/timer/heartbeat needs the timer and a lastActivityAt string', () => {
    expect(verdict(heartbeatResponseSchema, { timer, lastActivityAt: '2026-11-29T10:04:00Z' })).toEqual({ timer, lastActivityAt: '2026-11-29T10:04:00Z' });
    expect(verdict(heartbeatResponseSchema, { timer })).toBe('refused');
    expect(verdict(heartbeatResponseSchema, { timer: null, lastActivityAt: '2026-11-29T10:04:00Z' })).toBe('refused');
  });
});
