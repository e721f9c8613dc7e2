// Offers the ticker headlines found at the top of an imported page for the site ticker.
import { useState } from 'react';
import { api, messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { tickerButtonLabel } from './report-rows';

type OfferState =
  | { kind: 'offered' }
  | { kind: 'adding' }
  | { kind: 'added' }
  | { kind: 'failed'; message: string };

export function TickerOffer({ headlines, lang }: { headlines: string[]; lang?: string }) {
  const t = useT();
  const [state, setState] = useState<OfferState>({ kind: 'offered' });
  const add = async () => {
    setState({ kind: 'adding' });
    try {
      await api.addTickerItems({ items: headlines.map((text) => ({ text })) });
      setState({ kind: 'added' });
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
    }
  };

  return (
    <div className="import-ticker">
      <p>{t('import.tickerFound', { count: headlines.length })}</p>
      <ul lang={lang}>
        {headlines.map((headline, index) => (
          <li key={index}>{headline}</li>
        ))}
      </ul>
      {state.kind === 'added' ? (
        <p className="import-done" aria-live="polite">
          {t('import.tickerAdded', { count: headlines.length })}
        </p>
      ) : (
        <button type="button" disabled={state.kind === 'adding'} onClick={() => void add()}>
          {tickerButtonLabel(headlines.length, t)}
        </button>
      )}
      {state.kind === 'failed' && (
        <p className="import-error" aria-live="assertive">
          {t('import.tickerFailed', { reason: state.message })}
        </p>
      )}
    </div>
  );
}
