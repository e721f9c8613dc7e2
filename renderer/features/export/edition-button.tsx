// The library header's "Export edition…" button.
import { useEditionStore } from './edition-store';

export function EditionButton() {
  return (
    <button
      type="button"
      onClick={() => useEditionStore.getState().show()}
      title="Export many articles at once, with an index page, the ticker and a feed"
    >
      Export edition…
    </button>
  );
}
