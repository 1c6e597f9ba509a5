/** The people an account books for (常用参观人), as pages describe them. */
import { useI18n } from './i18n';
import type { SavedVisitorView } from './api/models';

/** A saved person's document ("居民身份证 1101**********002X") and whole line ("王秀英 · 老人 · …"). */
export function useSavedVisitorText() {
  const { t } = useI18n();
  const document = (saved: Pick<SavedVisitorView, 'documentType' | 'documentNumber'>) =>
    saved.documentType
      ? `${t(`booking.documentTypes.${saved.documentType}`)} ${saved.documentNumber}`
      : t('savedVisitors.noDocument');
  const line = (saved: SavedVisitorView) =>
    [saved.name, t(`booking.categories.${saved.category}`), document(saved)].join(' · ');
  return { document, line };
}
