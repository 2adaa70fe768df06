import { t } from '@/utils/i18n';

/**
 * The `role="status"` line next to a setting: "Saved." after each save. The text is re-inserted
 * on every save (`seq`), so screen readers announce a second save too.
 */
export function SavedStatus({ seq, id }: { seq: number; id?: string }) {
  return (
    <p role="status" id={id} className="status">
      {seq > 0 && <span key={seq}>{t('options.saved')}</span>}
    </p>
  );
}
