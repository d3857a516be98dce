import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthCard } from './AuthCard';

interface LinkUnusableCardProps {
  title: string;
  body: string;
  /** The way forward: ask for a new link, sign up again… */
  action: { label: string; to: string };
}

/** A link from a mail that cannot be used (cut off, expired, used): what happened and what to do. */
export function LinkUnusableCard({ title, body, action }: LinkUnusableCardProps) {
  const { t } = useTranslation();
  return (
    <AuthCard title={title}>
      <Stack gap="md">
        <Text>{body}</Text>
        <Button component={Link} to={action.to}>
          {action.label}
        </Button>
        <Anchor component={Link} to="/login">
          {t('auth.forgot.backToLogin')}
        </Anchor>
      </Stack>
    </AuthCard>
  );
}
