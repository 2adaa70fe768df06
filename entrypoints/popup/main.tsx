import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preparePage } from '@/components/prepare-page';
import App from './App';
import '@/components/theme.css';
import './style.css';

preparePage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
