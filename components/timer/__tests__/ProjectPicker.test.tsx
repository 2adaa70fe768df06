import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KEY_A, PROJECTS, type FakeClockMe } from '@/utils/background/__tests__/fake-clockme';
import type { Entry, Project } from '@/utils/clockme/schemas';
import { DEFAULT_SETTINGS, draftItem, lastProjectIdItem, projectsItem, recentEntriesItem, settingsItem, timerItem } from '@/utils/storage';
import { startConnectedBackground } from '../../__tests__/connected-background';
import { TimerPanel } from '../TimerPanel';

vi.mock('@/utils/messaging', async (importOriginal) => (await import('../../__tests__/message-bridge')).withBridge(await importOriginal()));

const CAFE: Project = { id: 'prj_cafe', name: 'Café Müller', color: null, hourlyRate: null, archived: false };
const INTERNAL: Project = { id: 'prj_internal', name: 'Internal', color: null, hourlyRate: null, archived: false };
const ALL = [...PROJECTS, CAFE, INTERNAL]; // Website, Mobile app, Café Müller, Internal

const entry = (project: Project, endedAt: string): Entry => ({
  id: `ent_${project.id}`,
  projectId: project.id,
  projectName: project.name,
  description: null,
  startedAt: '2026-11-29T08:00:00.000Z',
  endedAt,
  durationSeconds: 600,
});

let clockMe: FakeClockMe;

beforeEach(async () => {
  clockMe = await startConnectedBackground();
  clockMe.projects = [...ALL];
  await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: Date.now() });
  await projectsItem.setValue({ projects: ALL, syncedAt: Date.now() });
});

const picker = () => screen.findByRole('combobox', { name: 'Project' });
const shownOptions = () => within(screen.getByRole('listbox', { name: 'Project' })).getAllByRole('option').map((option) => option.textContent);

async function typeInPicker(user: ReturnType<typeof userEvent.setup>, text: string) {
  const field = await picker();
  await user.clear(field);
  await user.type(field, text);
}

describe('the project picker', () => {
  it('filters by any part of the name, ignoring case and accents', async () => {
    const user = userEvent.setup();
    render(<TimerPanel />);

    await typeInPicker(user, 'cafe');
    expect(shownOptions()).toEqual(['Café Müller']);

    await typeInPicker(user, 'APP');
    expect(shownOptions()).toEqual(['Mobile app']);

    await typeInPicker(user, 'L');
    expect(shownOptions()).toEqual(['Café Müller', 'Internal', 'Mobile app']);
  });

  it('is operated by arrow keys and Enter, and a second Enter starts on the chosen project', async () => {
    const user = userEvent.setup();
    render(<TimerPanel />);
    const field = await picker();
    await waitFor(() => expect(field).toHaveValue('Website'));
    await user.click(field);
    await user.keyboard('{Escape}'); // the click opened the list; start from a closed one

    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-expanded', 'true');
    // Opens on the chosen project; alphabetical, as nothing was used recently.
    expect(shownOptions()).toEqual(['Café Müller', 'Internal', 'Mobile app', 'Website']);
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Website');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Internal');
    await user.keyboard('{Enter}');

    expect(field).toHaveValue('Internal');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(clockMe.running).toBeNull();

    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: 'Running timer' });
    expect(clockMe.running).toMatchObject({ projectId: 'prj_internal' });
  });

  it('typing and Enter chooses the first match', async () => {
    const user = userEvent.setup();
    render(<TimerPanel />);
    await typeInPicker(user, 'mob');
    await user.keyboard('{Enter}');
    expect(await picker()).toHaveValue('Mobile app');
  });

  it('lists recently used projects first: the last started, then those of recent entries newest first, then the rest alphabetically', async () => {
    const user = userEvent.setup();
    await lastProjectIdItem.setValue('prj_app');
    await recentEntriesItem.setValue([entry(INTERNAL, '2026-11-29T09:00:00.000Z'), entry(CAFE, '2026-11-28T17:00:00.000Z')]);
    render(<TimerPanel />);

    await user.click(await screen.findByRole('button', { name: 'Show the projects' }));

    expect(shownOptions()).toEqual(['Mobile app', 'Internal', 'Café Müller', 'Website']);
  });

  it.each([
    ['the draft', { draft: 'prj_internal', defaultProject: 'prj_cafe', last: 'prj_app' }, 'Internal'],
    ['the default project from the settings', { draft: null, defaultProject: 'prj_cafe', last: 'prj_app' }, 'Café Müller'],
    ['the last used project', { draft: null, defaultProject: null, last: 'prj_app' }, 'Mobile app'],
    ['nothing, rather than another project, when the draft project is gone', { draft: 'prj_gone', defaultProject: null, last: 'prj_app' }, ''],
    ["ClockMe's first project", { draft: null, defaultProject: null, last: null }, 'Website'],
  ])('preselects %s', async (_, { draft, defaultProject, last }, shown) => {
    await draftItem.setValue({ projectId: draft, description: '' });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, defaultProjectId: defaultProject });
    await lastProjectIdItem.setValue(last);
    render(<TimerPanel />);
    await waitFor(async () => expect(await picker()).toHaveValue(shown));
  });
});

describe('creating a project from the picker', () => {
  it('with a Full key, offers "Create" for a new name, creates it in ClockMe and chooses it', async () => {
    const user = userEvent.setup();
    clockMe.scopes.set(KEY_A, 'full');
    render(<TimerPanel canCreateProjects />);

    await typeInPicker(user, 'web');
    expect(shownOptions()).toEqual(['Website', "Create 'web'"]);
    await typeInPicker(user, ' WEBSITE ');
    expect(shownOptions()).toEqual(['Website']); // the same name apart from case: nothing to create

    await typeInPicker(user, 'Acme');
    expect(shownOptions()).toEqual(["Create 'Acme'"]);
    await user.keyboard('{Enter}');

    await waitFor(async () => expect(await picker()).toHaveValue('Acme'));
    expect(screen.getByRole('status')).toHaveTextContent("Project 'Acme' created.");
    expect(clockMe.projects.map((project) => project.name)).toContain('Acme');
    await user.click(screen.getByRole('button', { name: 'Start timer' }));
    await screen.findByRole('region', { name: 'Running timer' });
    expect(clockMe.running).toMatchObject({ projectName: 'Acme' });
  });

  it('without a Full key, offers no "Create" and says why', async () => {
    const user = userEvent.setup();
    render(<TimerPanel />);

    await typeInPicker(user, 'Web');
    expect(shownOptions()).toEqual(['Website']);

    await typeInPicker(user, 'Acme');
    const field = await picker();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(field).toHaveAccessibleDescription('No project matches. Creating projects needs a Full-scope key.');
    await user.keyboard('{Enter}');
    expect(clockMe.calls.filter((call) => call.startsWith('createProject'))).toEqual([]);
  });

  it('shows in the alert why ClockMe refused to create the project, and keeps the chosen one', async () => {
    const user = userEvent.setup();
    // The key was thought to be Full, but ClockMe says it is a Write key.
    render(<TimerPanel canCreateProjects />);
    await waitFor(async () => expect(await picker()).toHaveValue('Website'));

    await typeInPicker(user, 'Acme');
    await user.click(screen.getByRole('option', { name: "Create 'Acme'" }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("This key's scope does not allow that: it needs the Full scope."));
    expect(await picker()).toHaveValue('Website');
    expect(clockMe.projects.map((project) => project.name)).not.toContain('Acme');
  });
});
