// Offers the ticker headlines found at the top of an imported page for the site ticker.
import { useState } from 'react';
import { api, messageOf } from '../../api/client';
import { tickerButtonLabel } from './report-rows';

type OfferState =
  | { kind: 'offered' }
  | { kind: 'adding' }
  | { kind: 'added' }
  | { kind: 'failed'; message: string };

export function TickerOffer({ headlines, lang }: { headlines: string[]; lang?: string }) {
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
  const many = headlines.length === 1 ? 'headline' : 'headlines';

  return (
    <div className="import-ticker">
      <p>
        The page starts with {headlines.length} ticker {many}:
      </p>
      <ul lang={lang}>
        {headlines.map((headline, index) => (
          <li key={index}>{headline}</li>
        ))}
      </ul>
      {state.kind === 'added' ? (
        <p className="import-done" aria-live="polite">
          Added {headlines.length} {many} to the end of the ticker.
        </p>
      ) : (
        <button type="button" disabled={state.kind === 'adding'} onClick={() => void add()}>
          {tickerButtonLabel(headlines.length)}
        </button>
      )}
      {state.kind === 'failed' && (
        <p className="import-error" aria-live="assertive">
          Could not add them to the ticker: {state.message}
        </p>
      )}
    </div>
  );
}
