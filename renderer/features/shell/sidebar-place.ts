// Which sidebar item the open screen belongs to, when its view's name does not say: an article
// opened from the desk is part of the Desk, though it uses the same view as a library article.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { View } from '../../store';

export type SidebarItem = Exclude<View, { name: 'editor' }>['name'];

export const useSidebarPlace = create<{ place: SidebarItem | null }>(() => ({ place: null }));

/** Marks `item` as current for as long as the calling screen is open. */
export function useSidebarItem(item: SidebarItem): void {
  useEffect(() => {
    useSidebarPlace.setState({ place: item });
    return () => {
      if (useSidebarPlace.getState().place === item) useSidebarPlace.setState({ place: null });
    };
  }, [item]);
}
