// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentIntl, setInterfaceLocale } from './i18n/intl';
import { formatMessageOf } from './i18n/message';
import { setActiveDocument, useAppStore, type Notice } from './store';

/** A notice as the user reads it, in the interface's current language. */
const shown = (notice: Notice | undefined) =>
  notice ? formatMessageOf(currentIntl(), notice.message) : undefined;

afterEach(() => setInterfaceLocale('en'));

describe('navigate', () => {
  beforeEach(() => {
    useAppStore.setState({ view: { name: 'editor', id: 'article-1' }, notices: [] });
    return () => setActiveDocument(undefined);
  });

  it('stays on a document whose changes could not be saved, and says why', async () => {
    setActiveDocument({
      flush: async () => false,
      unsavedReason: () => 'Could not save the article: the disk is full.',
    });
    await useAppStore.getState().navigate({ name: 'settings' });
    expect(useAppStore.getState().view).toEqual({ name: 'editor', id: 'article-1' });
    const [notice] = useAppStore.getState().notices;
    expect(shown(notice)).toBe(
      'Your latest changes are not saved yet: Could not save the article: the disk is full. They are still on screen; leaving now would lose them.',
    );

    // The writer may still choose to leave.
    notice?.action?.run();
    await expect.poll(() => useAppStore.getState().view).toEqual({ name: 'settings' });
  });

  it('leaves once the document is saved', async () => {
    setActiveDocument({ flush: async () => true, unsavedReason: () => '' });
    await useAppStore.getState().navigate({ name: 'settings' });
    expect(useAppStore.getState().view).toEqual({ name: 'settings' });
    expect(useAppStore.getState().notices).toEqual([]);
  });
});

describe('openInEditor', () => {
  beforeEach(() => useAppStore.setState({ view: { name: 'library' }, notices: [] }));

  it('asks the open editor for the panel, once per request', () => {
    useAppStore.setState({ view: { name: 'editor', id: 'article-1' } });
    useAppStore.getState().openInEditor('history');
    const first = useAppStore.getState().editorRequest;
    useAppStore.getState().openInEditor('history');
    const second = useAppStore.getState().editorRequest;
    expect(first?.panel).toBe('history');
    expect(second).toEqual({ panel: 'history', serial: (first?.serial ?? 0) + 1 });
    expect(useAppStore.getState().notices).toEqual([]);
  });

  it('says to open an article first when none is open', () => {
    const before = useAppStore.getState().editorRequest;
    useAppStore.getState().openInEditor('history');
    expect(useAppStore.getState().editorRequest).toBe(before);
    expect(useAppStore.getState().notices.map(shown)).toEqual([
      'Open an article to see its earlier versions.',
    ]);
  });
});

describe('notices', () => {
  beforeEach(() => useAppStore.setState({ view: { name: 'library' }, notices: [] }));

  it('are worded again in the new language when the interface switches', () => {
    useAppStore.getState().openInEditor('export');
    const [notice] = useAppStore.getState().notices;
    expect(shown(notice)).toBe('Open an article to export it.');
    setInterfaceLocale('km');
    expect(shown(notice)).toBe('សូមបើកអត្ថបទមួយសិន ដើម្បីនាំចេញ។');
  });

  it('show words that arrive ready-made, such as the host’s, as they are', () => {
    useAppStore.getState().notify({ tone: 'warning', text: 'The settings were reset.' });
    setInterfaceLocale('km');
    expect(useAppStore.getState().notices.map(shown)).toEqual(['The settings were reset.']);
  });
});
