// The reference the typing benchmark compares Dateline with: plain TipTap (core and the starter
// kit, nothing else) holding the same document, on a page of its own.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

// Opening is timed from asking for the document until the editor holding it has been drawn.
const start = performance.now();
const response = await fetch('./body.json');
const element = document.createElement('div');
element.setAttribute('aria-label', 'Body');
document.body.append(element);
new Editor({
  element,
  extensions: [StarterKit],
  content: await response.json(),
  editorProps: { attributes: { role: 'textbox', 'aria-label': 'Body', 'aria-multiline': 'true' } },
});
// A frame's callbacks run before it is laid out and drawn; a task queued from one runs after.
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
document.body.dataset.openMs = String(performance.now() - start);
document.body.dataset.ready = 'true';
