import { Badge, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/types';
import { SectionCard } from '../../../components/SectionCard';
import { DisableTwoFactorModal } from './DisableTwoFactorModal';
import { EnableTwoFactorFlow } from './EnableTwoFactorFlow';

/** On or off in words and icon, not colour alone. */
function TwoFactorStatusBadge({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const Icon = enabled ? IconShieldCheck : IconShieldOff;
  return (
    <Badge
      variant="light"
      size="lg"
      color={enabled ? 'green' : 'gray'}
      leftSection={<Icon size={14} aria-hidden />}
      style={{ flexShrink: 0 }}
    >
      {enabled ? t('security.twoFactor.status.on') : t('security.twoFactor.status.off')}
    </Badge>
  );
}

export function TwoFactorSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  // The flow stays open after 2FA is turned on, until the person has saved their recovery codes.
  const [enabling, setEnabling] = useState(false);
  const [disableOpened, disableModal] = useDisclosure(false);

  return (
    <SectionCard
      title={t('security.twoFactor.title')}
      description={t('security.twoFactor.description')}
      aside={<TwoFactorStatusBadge enabled={me.totpEnabled} />}
    >
      {enabling ? (
        <EnableTwoFactorFlow
          headingOrder={3}
          completeLabel={t('common.done')}
          onCancel={() => {
            setEnabling(false);
          }}
          onComplete={() => {
            setEnabling(false);
            notifications.show({ color: 'green', message: t('security.twoFactor.setup.done') });
          }}
        />
      ) : me.totpEnabled ? (
        <>
          <Text size="sm">{t('security.twoFactor.onExplanation')}</Text>
          <Group>
            <Button variant="light" color="red" leftSection={<IconShieldOff size={16} aria-hidden />} onClick={disableModal.open}>
              {t('security.twoFactor.disable.open')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <Text size="sm">{t('security.twoFactor.offExplanation')}</Text>
          <Group>
            <Button
              leftSection={<IconShieldCheck size={16} aria-hidden />}
              onClick={() => {
                setEnabling(true);
              }}
            >
              {t('security.twoFactor.setup.open')}
            </Button>
          </Group>
        </>
      )}
      {disableOpened && <DisableTwoFactorModal me={me} onClose={disableModal.close} />}
    </SectionCard>
  );
}
