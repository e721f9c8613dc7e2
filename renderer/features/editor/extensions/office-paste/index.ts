// Makes pastes from Word, Google Docs, LibreOffice and web pages read as they look: lists, headings,
// bold, italic and links are rewritten into the tags the schema reads before the editor parses
// the paste (see clean-pasted-html.ts for the steps).
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from './clean-pasted-html';

export { cleanPastedDocument, cleanPastedHtml } from './clean-pasted-html';

export const OfficePaste = Extension.create({
  name: 'officePaste',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('officePaste'),
        props: {
          transformPastedHTML: (html, view) =>
            cleanPastedHtml(html, { keepTables: 'table' in view.state.schema.nodes }),
        },
      }),
    ];
  },
});
