// First: starts the storage read before React DOM's module is evaluated.
import { popupPrepared } from '@/components/popup/first-read';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { applyTheme } from '@/components/theme';
import { t } from '@/utils/i18n';
import App from './App';
import '@/components/theme.css';
import './style.css';

// Title and language from the locales (index.html holds the English ones for the first paint).
document.title = t('page.popupTitle');
document.documentElement.lang = t('page.lang');
applyTheme();

// One storage read, then the first render paints the whole first screen (never waiting on ClockMe).
void popupPrepared.finally(() => {
  const root = createRoot(document.getElementById('root')!);
  flushSync(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});
