import { formatTime, type Translate } from '../../components/i18n';
import type { SyncOutcome } from '../../notes/sync';
import { SYNC_LIMITS } from '../../notes/sync';

const kb = (bytes: number) => String(Math.ceil(bytes / 1024));

/** What the last sync round means for the reader, in words; `error` marks a problem to act on. */
export function syncMessage(
  outcome: SyncOutcome & { at: number },
  t: Translate,
  locale: string,
): { text: string; error: boolean } {
  const { fit, saved } = outcome;
  if (!fit.fits) {
    const text =
      fit.limit === 'perItem'
        ? t('syncNoteTooBig', kb(fit.bytes), kb(SYNC_LIMITS.perItem))
        : fit.limit === 'total'
          ? t('syncTooBig', kb(fit.bytes), kb(SYNC_LIMITS.total))
          : t('syncTooMany', fit.bytes, SYNC_LIMITS.items);
    return { text, error: true };
  }
  if (!saved.ok) return { text: t('syncFailed', saved.message), error: true };
  return { text: t('syncedAt', formatTime(outcome.at, locale), kb(fit.bytes)), error: false };
}
