import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef, useState } from 'react';

type Props<T> = {
  items: readonly T[];
  hasMore: boolean;
  loadMore: () => void;
  /** Narrowest card, in px: the number of columns follows the region's width. */
  minCardWidth: number;
  rowHeight: number;
  label: string;
  card: (item: T) => ReactNode;
  cardKey: (item: T) => string;
};

/**
 * A grid of cards virtualised by row: only the visible rows are in the DOM, whatever the list's size.
 * A named, focusable scroll region holding a list (each card a list item).
 */
export function VirtualGrid<T>({ items, hasMore, loadMore, minCardWidth, rowHeight, label, card, cardKey }: Props<T>) {
  const scroller = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const columns = Math.max(1, Math.floor(width / minCardWidth));
  const rowCount = Math.ceil(items.length / columns);
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 4,
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && last >= rowCount - 3) loadMore();
  }, [hasMore, last, rowCount, loadMore]);

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to scroll (WCAG 2.1.1).
    <section ref={scroller} aria-label={label} tabIndex={0} style={{ maxHeight: '70vh', overflow: 'auto' }}>
      <ul
        style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}
      >
        {rows.flatMap((row) =>
          items.slice(row.index * columns, row.index * columns + columns).map((item, i) => (
            <li
              key={cardKey(item)}
              style={{
                position: 'absolute',
                top: row.start,
                left: `${(100 / columns) * i}%`,
                width: `${100 / columns}%`,
                height: row.size,
                padding: 6,
              }}
            >
              {card(item)}
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
