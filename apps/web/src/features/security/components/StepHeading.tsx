import { Title, type TitleOrder } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

interface StepHeadingProps {
  order: TitleOrder;
  /** Steps without an input to focus move focus here, so keyboard and screen reader users follow along. */
  focusOnMount?: boolean;
  children: ReactNode;
}

export function StepHeading({ order, focusOnMount = false, children }: StepHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <Title ref={ref} order={order} size="h5" tabIndex={-1} style={{ outlineOffset: 4 }}>
      {children}
    </Title>
  );
}
