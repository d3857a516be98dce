import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './DeskSheet.module.css';

interface DeskSheetProps {
  /** "Desk D14": the sheet's accessible name. */
  label: string;
  opened: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The desk card on a phone: a sheet from the bottom edge, always inside the viewport (a popup on the
 * map can be cut off at the screen's edge). A modal dialog: focus moves in and back to the map when it
 * closes, Escape and the backdrop close it. The map behind keeps its zoom and pan.
 */
export function DeskSheet({ label, opened, onClose, children }: DeskSheetProps) {
  const { t } = useTranslation();
  return (
    <Drawer.Root opened={opened} onClose={onClose} position="bottom" size="auto" trapFocus returnFocus>
      <Drawer.Overlay backgroundOpacity={0.25} />
      <Drawer.Content aria-label={label} className={classes.sheet}>
        <Drawer.CloseButton aria-label={t('common.close')} className={classes.close} />
        <Drawer.Body className={classes.body}>{children}</Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
