import { Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRecoveryCodesLeft } from '../hooks/useTwoFactor';

/** Below this many, the count comes with a nudge to make new codes. */
const FEW_LEFT = 3;

/** "N recovery codes left"; nothing while loading or if the count cannot be read (it is a hint only). */
export function RecoveryCodesLeft() {
  const { t } = useTranslation();
  const left = useRecoveryCodesLeft(true);
  if (!left.data) return null;
  const { remaining } = left.data;
  return (
    <Text size="sm" fw={500} c={remaining < FEW_LEFT ? 'orange.8' : undefined}>
      {remaining < FEW_LEFT && <IconAlertTriangle size={14} aria-hidden style={{ verticalAlign: 'middle', marginRight: 4 }} />}
      {t('security.twoFactor.recoveryCodes.left', { count: remaining })}
      {remaining < FEW_LEFT && ` ${t('security.twoFactor.recoveryCodes.fewLeft')}`}
    </Text>
  );
}
