import { ScrollArea } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A notice's text in a box of limited height. The box scrolls, so keyboards must reach it (WCAG 2.1.1,
 * axe scrollable-region-focusable): focusable, and named as a region for screen readers.
 */
export function ScrollableNotice({ label, maxHeight, children }: { label: string; maxHeight: number | string; children: ReactNode }) {
  return (
    <ScrollArea.Autosize mah={maxHeight} type="auto" offsetScrollbars viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': label }}>
      {children}
    </ScrollArea.Autosize>
  );
}
