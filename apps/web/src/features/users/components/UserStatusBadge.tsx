import { Badge } from '@mantine/core';
import { IconCircleCheck, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../../api/types';

/** Status in words and icon, not colour alone. */
export function UserStatusBadge({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  const Icon = status === 'active' ? IconCircleCheck : IconMailForward;
  return (
    <Badge variant="light" color={status === 'active' ? 'green' : 'gray'} leftSection={<Icon size={12} aria-hidden />}>
      {t(`users.status.${status}`)}
    </Badge>
  );
}
