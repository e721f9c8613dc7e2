// Tells the writer what a pasted page filled in, and offers the ticker headlines it started with.
import type { ImportReport } from '../../../shared/import/types';
import { api, messageOf } from '../../api/client';
import { currentIntl } from '../../i18n/intl';
import { message } from '../../i18n/message';
import { useAppStore } from '../../store';

/** "the headline, the byline “Sok Dara” and 4 paragraphs", in the interface's language. */
function filledParts(found: ImportReport['recognised']): string {
  const intl = currentIntl();
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `editor.paste.part.${id}` }, values);
  const parts = [
    found.headline && say('headline'),
    found.dateline && say('dateline', { dateline: found.dateline }),
    found.byline && say('byline', { byline: found.byline }),
    say('paragraphs', { count: found.paragraphs }),
    found.relatedLinks > 0 && say('related', { count: found.relatedLinks }),
  ].filter((part): part is string => Boolean(part));
  return intl.formatList(parts, { type: 'conjunction' });
}

export function announceImport(report: ImportReport): void {
  const store = useAppStore.getState();
  const found = report.recognised;
  const headlines = report.tickerHeadlines;
  const intl = currentIntl();
  const sentences = [
    intl.formatMessage({ id: 'editor.paste.filled' }, { parts: filledParts(found) }),
    found.language === 'km' && intl.formatMessage({ id: 'editor.paste.in-khmer' }),
    headlines.length > 0 &&
      intl.formatMessage({ id: 'editor.paste.ticker-found' }, { count: headlines.length }),
  ].filter(Boolean);
  store.notify({
    tone: 'info',
    text: sentences.join(' '),
    action:
      headlines.length > 0
        ? {
            label: message('editor.paste.add-headlines', { count: headlines.length }),
            run: () => {
              api.addTickerItems({ items: headlines.map((text) => ({ text })) }).then(
                () =>
                  store.notify({
                    tone: 'info',
                    message: message('editor.paste.headlines-added', { count: headlines.length }),
                  }),
                (caught) =>
                  store.notify({
                    tone: 'error',
                    message: message('editor.ticker.failed', { reason: messageOf(caught) }),
                  }),
              );
            },
          }
        : undefined,
  });
  for (const notice of report.notices) store.notify({ tone: 'warning', text: notice });
}
