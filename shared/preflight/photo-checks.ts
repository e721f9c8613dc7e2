// The checklist's photo rules: alt text is needed (a reader who cannot see the photo gets
// nothing without it), a credit is expected, and a lead photo should be at least 1,200 px wide,
// as search engines ask of an article's image.
import { Node as PMNode } from '@tiptap/pm/model';
import type { Article } from '../article';
import { FIGURE_NODE, photoOfFigure, type PhotoRef } from '../photos/photo-ref';
import { articleSchema } from '../schema/extensions';
import type { PreflightIssue } from './types';

export const LEAD_PHOTO_MIN_WIDTH = 1200;

function wordsOf(
  photo: PhotoRef,
  number: number,
  where: Pick<PreflightIssue, 'field' | 'position'>,
) {
  const issues: PreflightIssue[] = [];
  if (!photo.alt.trim()) {
    issues.push({
      severity: 'error',
      rule: 'photo-alt-missing',
      code: 'photo-alt-missing',
      values: { number },
      ...where,
    });
  }
  if (!photo.credit.trim()) {
    issues.push({
      severity: 'warning',
      rule: 'photo-credit-missing',
      code: 'photo-credit-missing',
      values: { number },
      ...where,
    });
  }
  return issues;
}

export function checkPhotos(article: Pick<Article, 'leadPhoto' | 'body'>): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  let number = 0;
  const lead = article.leadPhoto;
  if (lead) {
    number += 1;
    issues.push(...wordsOf(lead, number, { field: 'leadPhoto' }));
    if (lead.width < LEAD_PHOTO_MIN_WIDTH) {
      issues.push({
        severity: 'warning',
        rule: 'lead-photo-narrow',
        code: 'photo-lead-narrow',
        field: 'leadPhoto',
        values: { width: lead.width, limit: LEAD_PHOTO_MIN_WIDTH },
      });
    }
  }
  let doc: PMNode;
  try {
    doc = PMNode.fromJSON(articleSchema(), article.body);
  } catch {
    return issues; // The body's own check says it cannot be read.
  }
  doc.descendants((node, pos) => {
    if (node.type.name !== FIGURE_NODE) return true;
    const photo = photoOfFigure(node.attrs);
    number += 1;
    if (photo) issues.push(...wordsOf(photo, number, { field: 'body', position: pos }));
    return false;
  });
  return issues;
}
