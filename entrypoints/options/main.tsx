import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preparePage } from '@/components/prepare-page';
import { t } from '@/utils/i18n';
import App from './App';
import '@/components/theme.css';
import './style.css';

preparePage();
document.title = t('options.pageTitle');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
