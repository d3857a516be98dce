import { Button, Image, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TotpSetup } from '../../../api/types';
import type { FlowStepProps } from './flow-step';
import { SecretKeyField } from './SecretKeyField';
import { StepActions } from './StepActions';
import { StepHeading } from './StepHeading';

interface ScanCodeStepProps extends FlowStepProps {
  setup: TotpSetup;
  onNext: () => void;
}

export function ScanCodeStep({ headingOrder, onCancel, setup, onNext }: ScanCodeStepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <StepHeading order={headingOrder} focusOnMount>
        {t('security.twoFactor.setup.scan.title')}
      </StepHeading>
      <Text size="sm">{t('security.twoFactor.setup.scan.intro')}</Text>
      <Paper withBorder p="xs" w="fit-content" bg="white">
        <Image src={setup.qrCodeDataUrl} alt={t('security.twoFactor.setup.scan.qrAlt')} w={192} h={192} fit="contain" />
      </Paper>
      <Text size="sm">{t('security.twoFactor.setup.scan.manual')}</Text>
      <SecretKeyField secret={setup.secret} />
      <StepActions onCancel={onCancel}>
        <Button onClick={onNext}>{t('security.twoFactor.setup.scan.next')}</Button>
      </StepActions>
    </Stack>
  );
}
