import type { ReactNode } from 'react';
import { useVirtualPage } from './use-virtual-page';

type Props<T> = {
  /** The items loaded so far (pages of a cursor-paged list, flattened). */
  items: readonly T[];
  /** Whether the API has more pages; the next one is asked for when the last items come into view. */
  hasMore: boolean;
  loadMore: () => void;
  /** Estimated height of one item, in px (items are measured once rendered). */
  itemHeight: number;
  /** The list's accessible name. */
  label: string;
  /** The scroll region's accessible name (it is focusable, so it scrolls by keyboard too). */
  regionLabel: string;
  item: (item: T, index: number) => ReactNode;
  itemKey: (item: T) => string;
  height?: string;
  className?: string;
};

/**
 * A list whose items are virtualised (VirtualRows' sibling for lists that are not tables): only the
 * visible items (plus a few) are in the DOM, padding keeps the scroll height, and each item tells
 * assistive technology its place in the whole list (aria-posinset / aria-setsize).
 */
export function VirtualList<T>({
  items,
  hasMore,
  loadMore,
  itemHeight,
  label,
  regionLabel,
  item,
  itemKey,
  height,
  className,
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
    size: itemHeight,
    key: itemKey,
  });

  return (
    <section
      ref={scroller}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to scroll (WCAG 2.1.1).
      tabIndex={0}
      aria-label={regionLabel}
      style={{ maxHeight: height ?? '70vh', overflow: 'auto' }}
    >
      <ul className={className} aria-label={label} style={{ paddingTop: top, paddingBottom: bottom }}>
        {rows.map((v) => (
          <li
            key={v.key}
            data-index={v.index}
            ref={virtualizer.measureElement}
            aria-posinset={v.index + 1}
            aria-setsize={hasMore ? -1 : items.length}
          >
            {item(items[v.index]!, v.index)}
          </li>
        ))}
      </ul>
    </section>
  );
}
