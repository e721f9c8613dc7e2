// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setActiveDocument, useAppStore } from './store';

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
    expect(notice?.text).toBe(
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
    expect(useAppStore.getState().notices.map((notice) => notice.text)).toEqual([
      'Open an article to see its earlier versions.',
    ]);
  });
});
