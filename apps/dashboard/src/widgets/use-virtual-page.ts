import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

/**
 * The windowing VirtualRows and VirtualList share: which of a cursor-paged list's items are in the
 * DOM (plus a few either side), the space left above and below them, and asking for the next page
 * once the last ten loaded items come into view.
 */
export function useVirtualPage<T>(options: {
  items: readonly T[];
  hasMore: boolean;
  loadMore: () => void;
  size: number;
  key: (item: T) => string;
}) {
  const { items, hasMore, loadMore, size, key } = options;
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => size,
    overscan: 8,
    getItemKey: (index) => key(items[index]!),
  });
  const visible = virtualizer.getVirtualItems();
  const last = visible.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && last >= items.length - 10) loadMore();
  }, [hasMore, last, items.length, loadMore]);
  const top = visible[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (visible.at(-1)?.end ?? 0);
  return { scroller, virtualizer, visible, top, bottom };
}
