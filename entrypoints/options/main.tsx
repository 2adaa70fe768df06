import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadItems } from '@/components/preloaded-items';
import { applyTheme } from '@/components/theme';
import { t } from '@/utils/i18n';
import { connectionItem, pausedActionsItem, projectsItem, settingsItem } from '@/utils/storage';
import App from './App';
import '@/components/theme.css';
import './style.css';

// Title and language from the locales (index.html holds the English ones for the first paint).
document.title = t('page.optionsTitle');
document.documentElement.lang = t('page.lang');
applyTheme();

// One storage read of everything the page shows, then the first render has the key field and
// every setting (rather than the key state first, then each section's own read).
void preloadItems([connectionItem, settingsItem, projectsItem, pausedActionsItem]).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
