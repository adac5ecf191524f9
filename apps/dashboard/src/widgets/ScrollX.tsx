import type { ReactNode } from 'react';

/**
 * A table that may be wider than a narrow screen: it scrolls sideways inside a named region that takes
 * keyboard focus (axe's scrollable-region-focusable), so the page itself never does.
 */
export function ScrollX({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to scroll (WCAG 2.1.1).
    <section aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <div style={{ minWidth }}>{children}</div>
    </section>
  );
}
