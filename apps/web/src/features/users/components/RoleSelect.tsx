import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../api/types';

interface RoleSelectProps extends Omit<NativeSelectProps, 'data' | 'onChange' | 'value'> {
  value: Role;
  onChange: (role: Role) => void;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function RoleSelect({ value, onChange, ...props }: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      {...props}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isRole(next)) onChange(next);
      }}
      data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
    />
  );
}
