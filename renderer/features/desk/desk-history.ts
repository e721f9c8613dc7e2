// History for a desk article: the versions are those of this computer's readable copy, as for
// any article; restoring one puts it back in the file (which keeps the text it replaces as a
// version) and then writes its fields and body into the shared document, so it reaches everyone.
import type { Editor } from '@tiptap/react';
import type * as Y from 'yjs';
import { ArticleFieldsSchema, type Article } from '../../../shared/article';
import type { VersionSummary } from '../../../shared/history';
import { api } from '../../api/client';
import { t } from '../../i18n/intl';
import type { DeskArticleCopy } from './desk-article-copy';
import { writeFieldsIntoDoc } from '../../../shared/desk/doc-fields';

export function deskHistory(
  id: string,
  doc: Y.Doc,
  copy: DeskArticleCopy,
  editor: () => Editor | undefined,
) {
  return {
    /** Brings the copy up to the document, and answers its revision. */
    async flush(): Promise<number> {
      if (!(await copy.flush())) {
        throw new Error(t('editor.unsaved-first', { reason: copy.lastError }));
      }
      return copy.currentRevision;
    },
    async restoreVersion(version: VersionSummary, baseRevision: number): Promise<Article> {
      const body = editor();
      if (!body) throw new Error(t('desk.history.notReady'));
      const restored = await api.restoreVersion({
        id,
        versionId: version.versionId,
        baseRevision,
      });
      copy.adopt(restored.revision);
      const { body: text, ...fields } = ArticleFieldsSchema.parse(restored);
      writeFieldsIntoDoc(doc, fields);
      // Through the editor, whose binding changes only the blocks that differ.
      body.commands.setContent(text);
      return restored;
    },
  };
}
