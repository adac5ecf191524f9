import type { ReactNode } from 'react';
import { useVirtualPage } from './use-virtual-page';

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
  const {
    scroller,
    virtualizer,
    visible: rows,
    top,
    bottom,
  } = useVirtualPage({
    items,
    hasMore,
    loadMore,
    size: rowHeight,
    key: rowKey,
  });

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
