import { Radio, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TenantSettings } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { SectionCard } from '../../../components/SectionCard';
import { useSetNoticeMode } from '../hooks/useNoticeAdmin';

type NoticeMode = TenantSettings['privacy']['noticeMode'];
const MODES: readonly NoticeMode[] = ['generated', 'custom'];

/**
 * privacy.noticeMode: Deskbook writes the notice from the settings, or the organization supplies its own.
 * Switching to the generated notice publishes it as a new version, which everyone is asked to read and
 * confirm again: that switch is confirmed first. Switching to the organization's own publishes nothing.
 */
export function NoticeModeSection({ mode }: { mode: NoticeMode }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const setMode = useSetNoticeMode();
  const change = (next: NoticeMode) =>
    setMode.mutate(next, {
      onError: (error) => notifications.show({ color: 'red', title: t('notices.admin.mode.failed'), message: errorMessage(error) }),
    });
  const confirmGenerated = () =>
    modals.openConfirmModal({
      title: t('notices.admin.mode.confirmTitle'),
      children: <Text size="sm">{t('notices.admin.mode.confirmBody')}</Text>,
      labels: { confirm: t('notices.admin.mode.confirm'), cancel: t('common.cancel') },
      onConfirm: () => change('generated'),
    });
  return (
    <SectionCard title={t('notices.admin.mode.title')}>
      <Radio.Group
        label={t('notices.admin.mode.label')}
        value={setMode.isPending ? setMode.variables : mode}
        onChange={(value) => {
          const next = MODES.find((candidate) => candidate === value);
          if (!next || next === mode) return;
          if (next === 'generated') confirmGenerated();
          else change(next);
        }}
      >
        <Stack gap="sm" mt="xs">
          {MODES.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`notices.admin.mode.${value}.label`)}
              description={t(`notices.admin.mode.${value}.description`)}
              disabled={setMode.isPending}
            />
          ))}
        </Stack>
      </Radio.Group>
    </SectionCard>
  );
}
