import { useCallback, useState } from 'react';
import { t } from '@/utils/i18n';
import { settingsItem, type Settings } from '@/utils/storage';

/** What {@link useSaveSetting} gives a control: `savedSeq` (0 until the first save) and `save(change)`. */
export interface SettingSaver {
  /** Changes on every successful save, so {@link SavedStatus} announces "Saved." again. */
  savedSeq: number;
  /** What this control last saved, shown over the stored settings so the control never snaps back while storage catches up. */
  pending: Partial<Settings>;
  /** Writes `change` over the stored settings at once; a failure goes to `onError`. */
  save: (change: Partial<Settings>) => Promise<void>;
}

/**
 * Saving one of the person's settings from the control that changed it. The stored value is read
 * again and copied before the change is applied, so two controls saved in quick succession never
 * undo each other, and the fallback object is never changed in place.
 */
export function useSaveSetting(onError: (text: string | null) => void): SettingSaver {
  const [savedSeq, setSavedSeq] = useState(0);
  const [pending, setPending] = useState<Partial<Settings>>({});
  const save = useCallback(
    async (change: Partial<Settings>) => {
      setPending((shown) => ({ ...shown, ...change }));
      try {
        const current = await settingsItem.getValue();
        await settingsItem.setValue({ ...current, ...change });
        onError(null);
        setSavedSeq((seq) => seq + 1);
      } catch {
        setPending({});
        setSavedSeq(0);
        onError(t('options.saveFailed'));
      }
    },
    [onError],
  );
  return { savedSeq, pending, save };
}
