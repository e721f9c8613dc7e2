// Checks inside the body: empty paragraphs, double spaces and links the policy refuses,
// each with the position the editor can jump to.
import { Node as PMNode } from '@tiptap/pm/model';
import type { ArticleBody } from '../article';
import { articleSchema } from '../schema/extensions';
import { isAllowedLinkUrl } from '../schema/link-policy';
import type { PreflightIssue } from './types';

const DOUBLE_SPACE = / {2,}/;

export function checkBody(body: ArticleBody): PreflightIssue[] {
  let doc: PMNode;
  try {
    doc = PMNode.fromJSON(articleSchema(), body);
  } catch {
    return [
      {
        severity: 'error',
        rule: 'body-unreadable',
        field: 'body',
        code: 'body-unreadable',
        values: {},
      },
    ];
  }
  const issues: PreflightIssue[] = [];
  if (doc.textContent.trim() === '') {
    issues.push({
      severity: 'error',
      rule: 'body-empty',
      field: 'body',
      code: 'body-empty',
      values: {},
    });
    return issues;
  }
  let paragraph = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    paragraph += 1;
    const text = node.textContent;
    if (text.trim() === '' && !isLastEmpty(doc, pos, node) && !isInCell(doc, pos)) {
      issues.push({
        severity: 'warning',
        rule: 'empty-paragraph',
        field: 'body',
        position: pos + 1,
        code: 'paragraph-empty',
        values: { paragraph },
      });
    }
    if (DOUBLE_SPACE.test(text)) {
      issues.push({
        severity: 'warning',
        rule: 'double-space',
        field: 'body',
        position: pos + 1 + text.search(DOUBLE_SPACE),
        code: 'paragraph-double-space',
        values: { paragraph, excerpt: excerpt(text, text.search(DOUBLE_SPACE)) },
      });
    }
    node.descendants((child, offset) => {
      for (const mark of child.marks) {
        const href = mark.type.name === 'link' ? String(mark.attrs.href ?? '') : undefined;
        if (href !== undefined && !isAllowedLinkUrl(href)) {
          issues.push({
            severity: 'error',
            rule: 'link-scheme',
            field: 'body',
            position: pos + 1 + offset,
            code: 'paragraph-link-scheme',
            values: { paragraph, address: href.slice(0, 80) },
          });
        }
      }
      return true;
    });
    return false;
  });
  return issues;
}

/** The editor keeps one empty paragraph at the end for typing; it is not a problem. */
function isLastEmpty(doc: PMNode, pos: number, node: PMNode): boolean {
  return pos + node.nodeSize === doc.content.size && doc.childCount > 1;
}

/** An empty table cell is a blank in the table (no figure yet), not a stray paragraph. */
function isInCell(doc: PMNode, pos: number): boolean {
  const role = doc.resolve(pos).parent.type.spec.tableRole;
  return role === 'cell' || role === 'header_cell';
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 20), at + 22).trim();
}
