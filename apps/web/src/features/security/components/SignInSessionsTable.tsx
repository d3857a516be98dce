import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDeviceDesktop, IconDeviceMobile, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SignInSession } from '../../../api/types';
import { deviceLabel } from '../device-label';
import { describeUserAgent } from '../user-agent';

function DeviceIcon({ userAgent }: { userAgent: string | null }) {
  const { os } = describeUserAgent(userAgent);
  const Icon = os === 'iOS' || os === 'Android' ? IconDeviceMobile : IconDeviceDesktop;
  return <Icon size={18} aria-hidden style={{ flexShrink: 0, marginTop: 1 }} />;
}

interface SignInSessionsTableProps {
  sessions: readonly SignInSession[];
  onRevoke: (session: SignInSession, label: string) => void;
  /** The session being signed out. */
  revokingId: string | null;
}

export function SignInSessionsTable({ sessions, onRevoke, revokingId }: SignInSessionsTableProps) {
  const { t, i18n } = useTranslation();
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>
          <VisuallyHidden>{t('security.sessions.table.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('security.sessions.table.device')}</Table.Th>
            <Table.Th scope="col">{t('security.sessions.table.signedIn')}</Table.Th>
            <Table.Th scope="col">{t('security.sessions.table.lastActive')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('security.sessions.table.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => {
            const label = deviceLabel(session.userAgent, t);
            return (
              <Table.Tr key={session.id}>
                <Table.Th scope="row" fw={500}>
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <DeviceIcon userAgent={session.userAgent} />
                    <Stack gap={4} align="flex-start">
                      <Text size="sm" fw={500}>
                        {label}
                      </Text>
                      {session.current && (
                        <Badge variant="light" color="indigo" size="sm">
                          {t('security.sessions.thisDevice')}
                        </Badge>
                      )}
                    </Stack>
                  </Group>
                </Table.Th>
                <Table.Td>{dateTime.format(new Date(session.createdAt))}</Table.Td>
                <Table.Td>{dateTime.format(new Date(session.lastUsedAt))}</Table.Td>
                <Table.Td>
                  <Group justify="flex-end" wrap="nowrap">
                    {session.current ? (
                      <Text size="xs" c="dimmed" maw={180}>
                        {t('security.sessions.currentHint')}
                      </Text>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconLogout size={14} aria-hidden />}
                        loading={revokingId === session.id}
                        aria-label={t('security.sessions.revokeLabel', {
                          device: label,
                          lastActive: dateTime.format(new Date(session.lastUsedAt)),
                        })}
                        onClick={() => {
                          onRevoke(session, label);
                        }}
                      >
                        {t('security.sessions.revoke')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
