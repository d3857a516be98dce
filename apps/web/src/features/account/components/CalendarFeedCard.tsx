import { Anchor, Button, Group, List, Skeleton, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { CopyField } from '../../../components/CopyField';
import { ErrorState } from '../../../components/ErrorState';
import { SectionCard } from '../../../components/SectionCard';
import { feedHttpsUrl } from '../calendar-feed';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../hooks/useCalendarFeed';

/** The calendar subscription: a secret URL that calendars fetch the person's bookings from. */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const failed = (title: string) => (error: Error) => notifications.show({ color: 'red', title, message: errorMessage(error) });

  const makeUrl = () => {
    create.mutate(undefined, { onError: failed(t('account.calendarFeed.createFailed')) });
  };
  const confirmRegenerate = () => {
    modals.openConfirmModal({
      title: t('account.calendarFeed.regenerateModal.title'),
      children: <Text size="sm">{t('account.calendarFeed.regenerateModal.body')}</Text>,
      labels: { confirm: t('account.calendarFeed.regenerateModal.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: makeUrl,
    });
  };
  const confirmRevoke = () => {
    modals.openConfirmModal({
      title: t('account.calendarFeed.revokeModal.title'),
      children: <Text size="sm">{t('account.calendarFeed.revokeModal.body')}</Text>,
      labels: { confirm: t('account.calendarFeed.revokeModal.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        revoke.mutate(undefined, { onError: failed(t('account.calendarFeed.revokeFailed')) });
      },
    });
  };

  let body;
  if (feed.isPending) {
    body = <Skeleton height={72} role="status" aria-label={t('states.loading')} />;
  } else if (feed.isError) {
    body = <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />;
  } else if (!feed.data.url) {
    body = (
      <Group>
        <Button leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={makeUrl} loading={create.isPending}>
          {t('account.calendarFeed.create')}
        </Button>
      </Group>
    );
  } else {
    const url = feed.data.url;
    body = (
      <Stack gap="md">
        <CopyField
          label={t('account.calendarFeed.urlLabel')}
          description={t('account.calendarFeed.urlHint')}
          value={url}
          copyLabel={t('common.copy')}
          copyAriaLabel={t('account.calendarFeed.copy')}
        />
        <Group>
          <Button component="a" href={url} leftSection={<IconCalendarPlus size={16} aria-hidden />}>
            {t('account.calendarFeed.subscribe')}
          </Button>
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('account.calendarFeed.hints.title')}
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('account.calendarFeed.hints.outlook')}</List.Item>
            <List.Item>
              {t('account.calendarFeed.hints.google')}{' '}
              <Anchor size="sm" component="span" ff="monospace" style={{ wordBreak: 'break-all' }}>
                {feedHttpsUrl(url)}
              </Anchor>
            </List.Item>
            <List.Item>{t('account.calendarFeed.hints.apple')}</List.Item>
          </List>
        </Stack>
        <Group>
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={confirmRegenerate}
            loading={create.isPending}
          >
            {t('account.calendarFeed.regenerate')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={confirmRevoke}
            loading={revoke.isPending}
          >
            {t('account.calendarFeed.revoke')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <SectionCard title={t('account.calendarFeed.title')} description={t('account.calendarFeed.description')}>
      {body}
    </SectionCard>
  );
}
