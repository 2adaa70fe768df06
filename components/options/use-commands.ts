import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/** What {@link useCommands} knows: the commands (`undefined` until first read) and a read failure, if any. */
export interface CommandsState {
  commands: Browser.commands.Command[] | undefined;
  error: string | null;
}

/**
 * The extension's keyboard commands and their current keys, from `browser.commands.getAll()`.
 * Read again whenever the page becomes visible, since keys are changed in another tab
 * (chrome://extensions/shortcuts).
 */
export function useCommands(): CommandsState {
  const [state, setState] = useState<CommandsState>({ commands: undefined, error: null });
  useEffect(() => {
    let mounted = true;
    const read = () =>
      browser.commands.getAll().then(
        (commands) => mounted && setState({ commands, error: null }),
        () => mounted && setState((previous) => ({ ...previous, error: t('options.shortcuts.readFailed') })),
      );
    const onVisible = () => {
      if (document.visibilityState === 'visible') void read();
    };
    void read();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      mounted = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return state;
}
