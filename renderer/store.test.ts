// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from './store';

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
