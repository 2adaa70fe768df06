import { browser, type Browser } from 'wxt/browser';
import { Alert, useAlertMessage } from '../Alert';
import { useCommands } from './use-commands';

/** Chrome's shortcuts page; only `tabs.create` can open it (a link to chrome:// does nothing from an extension page). */
export const SHORTCUTS_PAGE_URL = 'chrome://extensions/shortcuts';

/** What a command does, in words: Chrome gives `_execute_action` no description. */
function describe(command: Browser.commands.Command): string {
  if (command.name === '_execute_action') return 'Open the ClockMe timer';
  return command.description || command.name || 'Unnamed command';
}

function KeyCell({ shortcut }: { shortcut: string | undefined }) {
  if (shortcut) return <kbd>{shortcut}</kbd>;
  return (
    <>
      <strong className="warning">Not set</strong>
      <span className="hint"> Chrome left this unassigned, usually because another extension or Chrome itself uses that key.</span>
    </>
  );
}

/**
 * The options page's "Keyboard shortcuts" section: every command with its current key (or "Not
 * set", explained), and "Change shortcuts", which opens Chrome's shortcuts page in a new tab.
 */
export function ShortcutList() {
  const { commands, error: readError } = useCommands();
  const [error, setError] = useAlertMessage();

  async function openShortcutsPage() {
    try {
      await browser.tabs.create({ url: SHORTCUTS_PAGE_URL });
      setError(null);
    } catch {
      setError(`Couldn't open Chrome's shortcuts page. Type ${SHORTCUTS_PAGE_URL} into the address bar instead.`);
    }
  }

  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      {commands === undefined ? (
        !readError && <p className="hint">Reading your shortcuts from Chrome…</p>
      ) : (
        <table className="shortcuts" aria-labelledby="shortcuts-heading">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((command) => (
              <tr key={command.name ?? describe(command)}>
                <th scope="row">{describe(command)}</th>
                <td>
                  <KeyCell shortcut={command.shortcut} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint">Chrome decides the keys. Change them on Chrome&apos;s shortcuts page; this list updates when you come back.</p>
      <button type="button" className="secondary" onClick={() => void openShortcutsPage()}>
        Change shortcuts
      </button>
      <Alert message={error ?? readError} />
    </section>
  );
}
