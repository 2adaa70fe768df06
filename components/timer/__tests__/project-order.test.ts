import type { Entry, Project } from '@/utils/clockme/schemas';
import { filterProjects, findByName, orderProjects, preselectProjectId } from '../project-order';
import { recentDescriptions, suggestDescriptions } from '../recent-descriptions';

const project = (id: string, name: string): Project => ({ id, name, color: null, hourlyRate: null, archived: false });
const CAFE = project('prj_cafe', 'Café Müller');
const ACME = project('prj_acme', 'Acme');
const WEB = project('prj_web', 'Website');
const APP = project('prj_app', 'Mobile app');
const ZOO = project('prj_zoo', 'zoo');
const PROJECTS = [WEB, ZOO, CAFE, APP, ACME];

const entry = (projectId: string, endedAt: string, description: string | null = null): Entry => ({
  id: `ent_${projectId}_${endedAt}`,
  projectId,
  projectName: projectId,
  description,
  startedAt: '2026-03-01T08:00:00.000Z',
  endedAt,
  durationSeconds: 60,
});

describe('orderProjects', () => {
  it('lists every project alphabetically (case-insensitive) when nothing was used recently', () => {
    expect(orderProjects(PROJECTS, [], null, 'en').map((p) => p.name)).toEqual(['Acme', 'Café Müller', 'Mobile app', 'Website', 'zoo']);
  });

  it('puts the last used project, then the projects of recent entries newest first, before the rest', () => {
    const recent = [entry('prj_zoo', '2026-03-01T09:00:00.000Z'), entry('prj_app', '2026-03-01T11:00:00.000Z'), entry('prj_zoo', '2026-03-01T10:00:00.000Z')];
    expect(orderProjects(PROJECTS, recent, 'prj_web', 'en').map((p) => p.name)).toEqual(['Website', 'Mobile app', 'zoo', 'Acme', 'Café Müller']);
  });

  it('lists each project once and skips ids ClockMe no longer lists', () => {
    const recent = [entry('prj_gone', '2026-03-01T12:00:00.000Z'), entry('prj_acme', '2026-03-01T11:00:00.000Z')];
    expect(orderProjects(PROJECTS, recent, 'prj_acme', 'en').map((p) => p.id)).toEqual(['prj_acme', 'prj_cafe', 'prj_app', 'prj_web', 'prj_zoo']);
  });
});

describe('filterProjects and findByName', () => {
  it.each([
    ['', ['Website', 'zoo', 'Café Müller', 'Mobile app', 'Acme']],
    ['web', ['Website']],
    ['CAFE', ['Café Müller']],
    ['muller', ['Café Müller']],
    ['  app ', ['Mobile app']],
    ['e', ['Website', 'Café Müller', 'Mobile app', 'Acme']],
    ['nothing', []],
  ])('%j keeps %j, in the given order', (typed, names) => {
    expect(filterProjects(PROJECTS, typed).map((p) => p.name)).toEqual(names);
  });

  it('finds a project by its whole name, ignoring case, accents and surrounding spaces', () => {
    expect(findByName(PROJECTS, ' cafe müller ')).toBe(CAFE);
    expect(findByName(PROJECTS, 'ACME')).toBe(ACME);
    expect(findByName(PROJECTS, 'Acm')).toBeUndefined();
  });
});

describe('preselectProjectId', () => {
  it.each([
    ['the draft first', ['prj_zoo', 'prj_acme', 'prj_app'], 'prj_zoo'],
    ['the default when there is no draft', [null, 'prj_acme', 'prj_app'], 'prj_acme'],
    ['the last used when there is no default', [null, null, 'prj_app'], 'prj_app'],
    ['skipping ids no longer listed', ['prj_gone', undefined, 'prj_app'], 'prj_app'],
    ["ClockMe's first project when nothing else applies", [null, null, null], 'prj_web'],
  ])('takes %s', (_, candidates, expected) => {
    expect(preselectProjectId(PROJECTS, candidates)).toBe(expected);
  });

  it('is null without projects', () => {
    expect(preselectProjectId([], ['prj_web'])).toBeNull();
  });
});

describe('recent descriptions', () => {
  const entries = [
    entry('prj_web', '2026-03-01T09:00:00.000Z', 'Homepage copy'),
    entry('prj_web', '2026-03-01T12:00:00.000Z', 'Fix login'),
    entry('prj_app', '2026-03-01T11:00:00.000Z', 'fix LOGIN '),
    entry('prj_app', '2026-03-01T10:00:00.000Z', null),
    entry('prj_app', '2026-03-01T10:30:00.000Z', '  '),
  ];

  it('are distinct and non-empty, newest first', () => {
    expect(recentDescriptions(entries)).toEqual(['Fix login', 'Homepage copy']);
  });

  it('are suggested when they contain what is typed, except the one typed exactly', () => {
    const all = recentDescriptions(entries);
    expect(suggestDescriptions(all, '')).toEqual(['Fix login', 'Homepage copy']);
    expect(suggestDescriptions(all, 'LOG')).toEqual(['Fix login']);
    expect(suggestDescriptions(all, 'fix login')).toEqual([]);
  });
});
