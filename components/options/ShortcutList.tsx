import { browser, type Browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { Alert, useAlertMessage } from '../Alert';
import { useCommands } from './use-commands';

/** Chrome's shortcuts page; only `tabs.create` can open it (a link to chrome:// does nothing from an extension page). */
export const SHORTCUTS_PAGE_URL = 'chrome://extensions/shortcuts';

/** What a command does, in words: Chrome gives `_execute_action` no description. */
function describe(command: Browser.commands.Command): string {
  if (command.name === '_execute_action') return t('manifest.commandOpen');
  return command.description || command.name || t('options.shortcuts.unnamed');
}

function KeyCell({ shortcut }: { shortcut: string | undefined }) {
  if (shortcut) return <kbd>{shortcut}</kbd>;
  return (
    <>
      <strong className="warning">{t('options.shortcuts.notSet')}</strong>
      <span className="hint"> {t('options.shortcuts.notSetHint')}</span>
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
      setError(t('options.shortcuts.openFailed', [SHORTCUTS_PAGE_URL]));
    }
  }

  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('options.shortcuts.heading')}</h2>
      {commands === undefined ? (
        !readError && <p className="hint">{t('options.shortcuts.reading')}</p>
      ) : (
        <table className="shortcuts" aria-labelledby="shortcuts-heading">
          <thead>
            <tr>
              <th scope="col">{t('options.shortcuts.action')}</th>
              <th scope="col">{t('options.shortcuts.keys')}</th>
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
      <p className="hint">{t('options.shortcuts.explain')}</p>
      <button type="button" className="secondary" onClick={() => void openShortcutsPage()}>
        {t('options.shortcuts.change')}
      </button>
      <Alert message={error ?? readError} />
    </section>
  );
}
