// The ticker's items in the desk's order, reorderable by dragging the handle (pointer or
// keyboard), with Alt+Arrow keys on a focused item, or with the Move buttons; focus stays put.
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type Modifier,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useId, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import type { TickerItem } from '../../../shared/ticker';
import { t as say } from '../../i18n/intl';
import { useT } from '../../i18n/intl-root';
import { moveById, moveItem, setBreaking } from './ticker-order';
import { TickerItemRow, type RowActions } from './ticker-item-row';
import { focusInRow, useAfterRender } from './use-after-render';
import type { ItemsChange } from './use-ticker';

interface TickerListProps {
  items: readonly TickerItem[];
  update: (change: ItemsChange) => void;
  library: ReadonlyMap<string, ArticleSummary> | undefined;
  /** Where focus goes when the last item is removed. */
  onEmptied: () => void;
}

const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

// Announced at the moment they happen, so they are worded then, outside the render.
const describe = (item: TickerItem | undefined) =>
  item?.text.trim()
    ? say('ticker.named', { text: item.text.trim() })
    : say('ticker.the-empty-item');

export function TickerList({ items, update, library, onEmptied }: TickerListProps) {
  const keysHintId = useId();
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const afterRender = useAfterRender(items);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const actions = useMemo<RowActions>(() => {
    const edit = (id: string, change: (item: TickerItem) => TickerItem) =>
      update((list) => list.map((item) => (item.id === id ? change(item) : item)));
    return {
      setText: (id, text) => edit(id, (item) => ({ ...item, text })),
      setLink: (id, link, text) =>
        edit(id, ({ link: _old, ...item }) => ({
          ...item,
          ...(link && { link }),
          ...(text !== undefined && { text }),
        })),
      setBreaking: (id, breaking) => update((list) => setBreaking(list, id, breaking)),
      move: (id, by) => {
        const focused = document.activeElement as HTMLElement | null;
        const key = focused?.dataset.focus;
        update((list) => {
          const next = moveById(list, id, by);
          const at = next.findIndex((item) => item.id === id);
          if (next !== list) {
            setAnnouncement(
              say('ticker.moved', {
                item: describe(next[at]),
                position: at + 1,
                total: next.length,
              }),
            );
          }
          return next;
        });
        afterRender(() => {
          const root = listRef.current;
          // A Move button that can go no further is disabled; its twin keeps focus in the row.
          if (key === 'up' || key === 'down') {
            if (!focusInRow(root, id, key)) focusInRow(root, id, key === 'up' ? 'down' : 'up');
          } else if (focused?.isConnected && document.activeElement !== focused) {
            focused.focus();
          }
        });
      },
      remove: (id) => {
        let neighbour: string | undefined;
        update((list) => {
          const at = list.findIndex((item) => item.id === id);
          neighbour = (list[at + 1] ?? list[at - 1])?.id;
          setAnnouncement(say('ticker.removed', { item: describe(list[at]) }));
          return list.filter((item) => item.id !== id);
        });
        afterRender(() => {
          if (!neighbour || !focusInRow(listRef.current, neighbour, 'text')) onEmptied();
        });
      },
    };
  }, [update, afterRender, onEmptied]);

  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const announcements = useMemo<Announcements>(() => {
    const position = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;
    const item = (id: UniqueIdentifier) => items.find((entry) => entry.id === id);
    return {
      onDragStart: ({ active }) =>
        say('ticker.drag.start', {
          item: describe(item(active.id)),
          position: position(active.id),
        }),
      onDragOver: ({ active, over }) =>
        over
          ? say('ticker.drag.over', {
              item: describe(item(active.id)),
              position: position(over.id),
            })
          : undefined,
      onDragEnd: ({ active, over }) =>
        over
          ? say('ticker.drag.dropped', {
              item: describe(item(active.id)),
              position: position(over.id),
            })
          : say('ticker.drag.not-moved', { item: describe(item(active.id)) }),
      onDragCancel: ({ active }) =>
        say('ticker.drag.cancelled', {
          item: describe(item(active.id)),
          position: position(active.id),
        }),
    };
  }, [ids, items]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    update((list) => {
      const from = list.findIndex((item) => item.id === active.id);
      const to = list.findIndex((item) => item.id === over.id);
      return to === -1 ? list : moveItem(list, from, to);
    });
  };

  return (
    <>
      <p id={keysHintId} className="ticker-hint ticker-keys-hint">
        {t('ticker.keys-hint')}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        modifiers={[verticalOnly]}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable: t('ticker.drag-instructions'),
          },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol ref={listRef} className="ticker-items" aria-label={t('ticker.items')}>
            {items.map((item, index) => (
              <TickerItemRow
                key={item.id}
                item={item}
                index={index}
                total={items.length}
                library={library}
                actions={actions}
                keysHintId={keysHintId}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p className="ticker-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
