import { Badge, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconKey, IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/types';
import { SectionCard } from '../../../components/SectionCard';
import { DisableTwoFactorModal } from './DisableTwoFactorModal';
import { EnableTwoFactorFlow } from './EnableTwoFactorFlow';
import { RecoveryCodesLeft } from './RecoveryCodesLeft';
import { RegenerateRecoveryCodesFlow } from './RegenerateRecoveryCodesFlow';

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
  // A flow stays open after 2FA is turned on (or new codes are made), until the person has saved their recovery codes.
  const [flow, setFlow] = useState<'enable' | 'regenerate' | null>(null);
  const [disableOpened, disableModal] = useDisclosure(false);

  return (
    <SectionCard
      title={t('security.twoFactor.title')}
      description={t('security.twoFactor.description')}
      aside={<TwoFactorStatusBadge enabled={me.totpEnabled} />}
    >
      {flow === 'enable' ? (
        <EnableTwoFactorFlow
          headingOrder={3}
          completeLabel={t('common.done')}
          onCancel={() => {
            setFlow(null);
          }}
          onComplete={() => {
            setFlow(null);
            notifications.show({ color: 'green', message: t('security.twoFactor.setup.done') });
          }}
        />
      ) : flow === 'regenerate' ? (
        <RegenerateRecoveryCodesFlow
          headingOrder={3}
          onClose={() => {
            setFlow(null);
          }}
        />
      ) : me.totpEnabled ? (
        <>
          <Text size="sm">{t('security.twoFactor.onExplanation')}</Text>
          <RecoveryCodesLeft />
          <Group>
            <Button
              variant="light"
              leftSection={<IconKey size={16} aria-hidden />}
              onClick={() => {
                setFlow('regenerate');
              }}
            >
              {t('security.twoFactor.recoveryCodes.regenerate.open')}
            </Button>
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
                setFlow('enable');
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
