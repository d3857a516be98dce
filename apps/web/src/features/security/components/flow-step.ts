import type { TitleOrder } from '@mantine/core';

/** What every step of the enable flow gets from the flow. */
export interface FlowStepProps {
  /** Level of the step headings: below the page's or section's own heading. */
  headingOrder: TitleOrder;
  onCancel?: () => void;
}
