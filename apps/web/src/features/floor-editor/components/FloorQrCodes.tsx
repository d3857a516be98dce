import { Button, Menu, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconPrinter, IconQrcode, IconRefreshAlert } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Floor } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { useDownloadQrSheet, useReplaceQrCodes } from '../hooks/useFloorQrCodes';

/**
 * The floor's desk QR codes: print the sheet (a PDF, one code per desk) or replace every code, which
 * makes the printed sheets useless; asked first.
 */
export function FloorQrCodes({ floor }: { floor: Floor }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const download = useDownloadQrSheet();
  const replace = useReplaceQrCodes();
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';

  const print = () => {
    download.mutate(
      { floorId: floor.id, floorName: floor.name, lang },
      {
        onError: (error) => {
          notifications.show({ color: 'red', title: t('editor.qr.printFailed'), message: errorMessage(error) });
        },
      },
    );
  };
  const confirmReplace = () =>
    modals.openConfirmModal({
      title: t('editor.qr.replaceTitle', { name: floor.name }),
      children: <Text size="sm">{t('editor.qr.replaceBody')}</Text>,
      labels: { confirm: t('editor.qr.replaceConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        replace.mutate(floor.id, {
          onSuccess: ({ rotated }) => {
            notifications.show({ color: 'green', message: t('editor.qr.replaced', { count: rotated }) });
          },
          onError: (error) => {
            notifications.show({ color: 'red', title: t('editor.qr.replaceFailed'), message: errorMessage(error) });
          },
        });
      },
    });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconQrcode size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={download.isPending || replace.isPending}
        >
          {t('editor.qr.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPrinter size={16} aria-hidden />} onClick={print}>
          {t('editor.qr.print')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconRefreshAlert size={16} aria-hidden />} onClick={confirmReplace}>
          {t('editor.qr.replace')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
