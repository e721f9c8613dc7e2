// The list of keyboard shortcuts (Ctrl/Cmd+/): the app's, then the text's. Escape closes it and
// the focus goes back where it was.
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/intl-root';
import { useEscapeToClose } from '../../lib/escape-close';
import { BROWSER_NEW_ARTICLE, isMac, MOD } from './shortcuts';

const CLOSE_MARK = '✕';

export function ShortcutList({ onClose }: { onClose: () => void }) {
  const t = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEscapeToClose(true, onClose);
  useEffect(() => close.current?.focus(), []);
  const inBrowser = window.dateline === undefined;

  const app: [string, string][] = [
    [t('writing.shortcuts.new'), inBrowser ? BROWSER_NEW_ARTICLE : `${MOD}N`],
    [t('writing.shortcuts.import'), `${MOD}O`],
    [t('writing.shortcuts.export'), `${MOD}E`],
    [t('writing.shortcuts.save'), `${MOD}S`],
    [t('writing.shortcuts.history'), `${MOD}Shift+H`],
    [t('writing.shortcuts.library'), `${MOD}Shift+L`],
    [t('writing.shortcuts.list'), `${MOD}/`],
    [t('writing.shortcuts.close'), 'Esc'],
  ];
  const text: [string, string][] = [
    [t('editor.tool.bold'), `${MOD}B`],
    [t('editor.tool.italic'), `${MOD}I`],
    [t('editor.tool.link'), `${MOD}K`],
    [t('editor.tool.heading2'), `${MOD}Alt+2`],
    [t('editor.tool.heading3'), `${MOD}Alt+3`],
    [t('editor.tool.quote'), `${MOD}Shift+B`],
    [t('editor.tool.bullets'), `${MOD}Shift+8`],
    [t('editor.tool.numbers'), `${MOD}Shift+7`],
    [t('writing.shortcuts.table'), `${MOD}Alt+T`],
    [t('editor.tool.undo'), `${MOD}Z`],
    [t('editor.tool.redo'), isMac ? '⌘Shift+Z' : 'Ctrl+Y'],
  ];
  const rows = (list: [string, string][]) =>
    list.map(([action, keys]) => (
      <tr key={action}>
        <th scope="row">{action}</th>
        <td>
          <kbd>{keys}</kbd>
        </td>
      </tr>
    ));

  return (
    <div className="shortcut-backdrop">
      <div
        className="dialog shortcut-list"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-heading"
      >
        <header>
          <h2 id="shortcut-heading">{t('writing.shortcuts')}</h2>
          <button
            ref={close}
            type="button"
            className="link-button"
            aria-label={t('common.close')}
            onClick={onClose}
          >
            <span aria-hidden="true">{CLOSE_MARK}</span>
          </button>
        </header>
        <table>
          <caption>{t('writing.shortcuts.app')}</caption>
          <tbody>{rows(app)}</tbody>
        </table>
        {inBrowser && (
          <p className="shortcut-note">
            {t('writing.shortcuts.browser-note', {
              reserved: `${MOD}N`,
              keys: BROWSER_NEW_ARTICLE,
            })}
          </p>
        )}
        <table>
          <caption>{t('writing.shortcuts.text')}</caption>
          <tbody>{rows(text)}</tbody>
        </table>
      </div>
    </div>
  );
}
