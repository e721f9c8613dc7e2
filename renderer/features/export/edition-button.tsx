// The library header's "Export edition…" button.
import { useT } from '../../i18n/intl-root';
import { useEditionStore } from './edition-store';

export function EditionButton() {
  const t = useT();
  return (
    <button
      type="button"
      onClick={() => useEditionStore.getState().show()}
      title={t('export.editionHint')}
    >
      {t('export.editionButton')}
    </button>
  );
}
