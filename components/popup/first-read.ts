import { preparePopup } from './prepare-popup';

/**
 * The popup's one storage read ({@link preparePopup}), started as this module is evaluated.
 * `entrypoints/popup/main.tsx` imports it before React DOM, whose start-up (~5 ms) then runs
 * while the read is on its way instead of before it.
 */
export const popupPrepared: Promise<void> = preparePopup();
