// The preflight check of the articles an edition would take, asked again when the choice changes.
import { useEffect, useState } from 'react';
import type { PreflightReport } from '../../../shared/preflight/types';
import { api, messageOf } from '../../api/client';
import type { CheckRequest } from './edition-selection';

export type EditionCheck =
  | { state: 'checking' }
  | { state: 'checked'; reports: PreflightReport[] }
  | { state: 'failed'; message: string };

/** Picking articles one by one asks again only after the clicking pauses. */
const PICK_DELAY_MS = 300;

export function useEditionCheck(request: CheckRequest): EditionCheck {
  const [check, setCheck] = useState<EditionCheck>({ state: 'checking' });
  // The request is rebuilt on each render; its content decides whether to check again.
  const key = JSON.stringify(request);

  useEffect(() => {
    let current = true;
    setCheck({ state: 'checking' });
    const chosen = JSON.parse(key) as CheckRequest;
    const timer = setTimeout(
      () => {
        reportsFor(chosen).then(
          (reports) => current && setCheck({ state: 'checked', reports }),
          (error) => current && setCheck({ state: 'failed', message: messageOf(error) }),
        );
      },
      'ids' in chosen ? PICK_DELAY_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  return check;
}

async function reportsFor(request: CheckRequest): Promise<PreflightReport[]> {
  if ('statuses' in request) {
    const lists = await Promise.all(
      request.statuses.map((status) => api.preflightLibrary({ status })),
    );
    return lists.flat();
  }
  return Promise.all(request.ids.map((id) => api.preflightArticle({ id })));
}
