import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import type { Connection } from '@/utils/storage';
import { KeyForm } from '../KeyForm';
import { KeyHelp } from '../KeyHelp';
import { RevokedNotice } from '../RevokedNotice';

/**
 * The popup without a connected key: why (a revoked key), the key form with the keyboard in it,
 * which key to create, and "Open settings". So a new person never has to leave the popup.
 */
export function KeySetup({ connection }: { connection: Connection }) {
  return (
    <>
      <RevokedNotice connection={connection} />
      <KeyForm autoFocus />
      <KeyHelp />
      <button type="button" className="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup.openSettings')}
      </button>
    </>
  );
}
