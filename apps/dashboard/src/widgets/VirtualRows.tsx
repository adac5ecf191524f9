import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef } from 'react';

type Props<T> = {
  /** The rows loaded so far (pages of a cursor-paged list, flattened). */
  items: readonly T[];
  /** Whether the API has more pages; the next one is asked for when the last rows come into view. */
  hasMore: boolean;
  loadMore: () => void;
  /** Estimated height of one row, in px (rows are measured once rendered). */
  rowHeight: number;
  /** The scroll region's accessible name (it is focusable, so it scrolls by keyboard too). */
  label: string;
  /** The table header row (`<tr><th scope="col">…</th></tr>`). */
  head: ReactNode;
  columns: number;
  row: (item: T, index: number) => ReactNode;
  rowKey: (item: T) => string;
  height?: string;
};

/**
 * A table whose rows are virtualised: only the visible ones (plus a few) are in the DOM, spacer rows
 * keep the scroll height, so a list of 100k stays smooth. A real <table> with headers, scrollable both
 * ways inside a named, focusable region (the page itself never scrolls sideways at 320 px).
 */
export function VirtualRows<T>({
  items,
  hasMore,
  loadMore,
  rowHeight,
  label,
  head,
  columns,
  row,
  rowKey,
  height,
}: Props<T>) {
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (index) => rowKey(items[index]!),
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && last >= items.length - 10) loadMore();
  }, [hasMore, last, items.length, loadMore]);
  const top = rows[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to scroll (WCAG 2.1.1).
    <section ref={scroller} aria-label={label} tabIndex={0} style={{ maxHeight: height ?? '70vh', overflow: 'auto' }}>
      <table className="virtual-rows" aria-rowcount={items.length + 1}>
        <thead>{head}</thead>
        <tbody>
          {top > 0 && (
            <tr>
              <td colSpan={columns} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          )}
          {rows.map((v) => (
            <tr key={v.key} data-index={v.index} ref={virtualizer.measureElement} aria-rowindex={v.index + 2}>
              {row(items[v.index]!, v.index)}
            </tr>
          ))}
          {bottom > 0 && (
            <tr>
              <td colSpan={columns} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
