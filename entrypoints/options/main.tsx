import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '@/utils/i18n';
import App from './App';
import '@/components/theme.css';
import './style.css';

// Title and language from the locales (index.html holds the English ones for the first paint).
document.title = t('page.optionsTitle');
document.documentElement.lang = t('page.lang');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
