import { Anchor, Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { SectionCard } from '../../../components/SectionCard';
import { MY_DATA_PATH } from '../../../lib/paths';
import { formatNoticeDate } from '../format';
import { useWithdrawConsent } from '../hooks/useConsent';
import type { CurrentNotice } from '../types';

/** What the person confirmed and when, from /me; withdrawing asks first, since booking then asks again. */
export function MyConsentSection({ me, notice }: { me: Me; notice: CurrentNotice | undefined }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const withdraw = useWithdrawConsent();
  const { acceptedVersionId, acceptedAt } = me.consent;

  const confirmWithdraw = () => {
    modals.openConfirmModal({
      title: t('notices.myConsent.withdrawModal.title'),
      children: <Text size="sm">{t('notices.myConsent.withdrawModal.body')}</Text>,
      labels: { confirm: t('notices.myConsent.withdrawModal.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        withdraw.mutate(undefined, {
          onSuccess: () => notifications.show({ color: 'green', message: t('notices.myConsent.withdrawn') }),
          onError: (error) =>
            notifications.show({ color: 'red', title: t('notices.myConsent.withdrawFailed'), message: errorMessage(error) }),
        });
      },
    });
  };

  let status: string;
  if (acceptedVersionId && acceptedAt) {
    const date = formatNoticeDate(acceptedAt, i18n.language);
    status =
      notice && notice.id === acceptedVersionId
        ? t('notices.myConsent.acceptedCurrent', { version: notice.version, date })
        : t('notices.myConsent.acceptedEarlier', { date });
  } else {
    status = me.consent.required ? t('notices.myConsent.notYet') : t('notices.myConsent.notAsked');
  }

  return (
    <SectionCard title={t('notices.myConsent.title')}>
      <Text>{status}</Text>
      <Group justify="space-between" wrap="wrap">
        <Anchor component={Link} to={MY_DATA_PATH}>
          {t('notices.myConsent.myDataLink')}
        </Anchor>
        {acceptedVersionId && (
          <Button variant="outline" color="red" loading={withdraw.isPending} onClick={confirmWithdraw}>
            {t('notices.myConsent.withdraw')}
          </Button>
        )}
      </Group>
    </SectionCard>
  );
}
