import { Accordion, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasErrorCode } from '../../../api/api-error';
import type { Me } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { ErrorState } from '../../../components/ErrorState';
import { FormError } from '../../../components/FormError';
import { MY_DATA_PATH, PRIVACY_PATH } from '../../../lib/paths';
import { useAcceptNotice } from '../hooks/useConsent';
import { useCurrentNotice } from '../hooks/useNotice';
import { splitNoticeLayers } from '../notice-layers';
import { NoticeChanges } from './NoticeChanges';
import { LazyNoticeMarkdown as NoticeMarkdown } from './LazyNoticeMarkdown';
import { ScrollableNotice } from './ScrollableNotice';

/**
 * Shown instead of a booking page while the person has not accepted the current notice: its short first
 * layer, what changed since the version they accepted, and the confirmation, all before the full text,
 * so confirming never needs scrolling through the whole notice on a phone. Not a modal: the navigation,
 * the Privacy page, My data, Security and signing out stay usable.
 */
export function ConsentDialog({ me }: { me: Me }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const notice = useCurrentNotice(me.consent.acceptedVersionId);
  const accept = useAcceptNotice();
  const [newerVersion, setNewerVersion] = useState(false);

  // Screen readers and keyboards start at the dialog, not at the navigation before it.
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const confirm = (noticeVersionId: string) => {
    setNewerVersion(false);
    accept.mutate(noticeVersionId, {
      onError: (error) => {
        if (hasErrorCode(error, 'NOT_CURRENT_VERSION')) setNewerVersion(true);
      },
    });
  };

  let content;
  if (notice.isPending) {
    content = <Skeleton height={240} role="status" aria-label={t('states.loading')} />;
  } else if (notice.isError) {
    content = hasErrorCode(notice.error, 'NO_NOTICE') ? (
      <Text>{t('notices.gate.noNotice')}</Text>
    ) : (
      <ErrorState error={notice.error} onRetry={() => void notice.refetch()} />
    );
  } else {
    const { firstLayer, fullText } = splitNoticeLayers(notice.data.body);
    const showAcceptError = accept.isError && !hasErrorCode(accept.error, 'NOT_CURRENT_VERSION');
    content = (
      <>
        {newerVersion && <FormError>{t('notices.gate.newerVersion', { version: notice.data.version })}</FormError>}
        <NoticeChanges changes={notice.data.changesSince} />
        {firstLayer !== '' && (
          <Paper withBorder p="md" bg="gray.0">
            <NoticeMarkdown topLevel={3}>{firstLayer}</NoticeMarkdown>
          </Paper>
        )}
        {notice.data.pdfUrl && (
          <Anchor href={notice.data.pdfUrl} target="_blank" rel="noopener noreferrer">
            <Group gap={6} component="span" wrap="nowrap">
              <IconFileTypePdf size={18} aria-hidden />
              {t('notices.readPdf')}
            </Group>
          </Anchor>
        )}
        <Text size="sm" c="dimmed">
          {t('notices.gate.legalBasis')}
        </Text>
        {showAcceptError && <FormError>{errorMessage(accept.error)}</FormError>}
        <Group>
          <Button loading={accept.isPending} onClick={() => confirm(notice.data.id)}>
            {t('notices.gate.confirm')}
          </Button>
        </Group>
        {fullText !== '' && (
          <Accordion variant="contained">
            <Accordion.Item value="full">
              <Accordion.Control>{t('notices.gate.readFull')}</Accordion.Control>
              <Accordion.Panel>
                <ScrollableNotice label={t('notices.gate.readFull')} maxHeight="60vh">
                  <NoticeMarkdown topLevel={3}>{fullText}</NoticeMarkdown>
                </ScrollableNotice>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        )}
      </>
    );
  }

  return (
    <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} maw={820} role="dialog" aria-labelledby={titleId}>
      <Stack gap="md">
        <Title order={1} size="h2" id={titleId} ref={titleRef} tabIndex={-1}>
          {notice.data?.title ?? t('notices.gate.title')}
        </Title>
        <Text>{t('notices.gate.intro', { tenant: me.tenantName })}</Text>
        {content}
        <Text size="sm" c="dimmed">
          <Anchor component={Link} to={PRIVACY_PATH} size="sm">
            {t('notices.gate.privacyPage')}
          </Anchor>
          {' · '}
          <Anchor component={Link} to={MY_DATA_PATH} size="sm">
            {t('notices.gate.myData')}
          </Anchor>
        </Text>
      </Stack>
    </Paper>
  );
}
