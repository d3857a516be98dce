import { EmptyState, Group, Skeleton, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconEyeOff, IconSearch, IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenantSettings } from '../../../api/tenant-settings';
import { DateField } from '../../../components/DateField';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { useLocations } from '../../places';
import { MAX_QUERY_LENGTH, searchText, todayLocal } from '../colleague-search';
import { ColleagueResults } from '../components/ColleagueResults';
import { useColleagueSearch } from '../hooks/useColleagueSearch';

/** Find a colleague: type a name, pick a day, see where they sit and book next to them. */
export function ColleaguesPage() {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [date, setDate] = useState(todayLocal);
  const [debounced] = useDebouncedValue(input, 300);
  const q = searchText(debounced);
  const settings = useTenantSettings();
  const locations = useLocations();
  const search = useColleagueSearch(q, date);
  const anonymous = settings.data?.privacy.bookingVisibility === 'anonymous';
  const zoneOf = (locationId: string) => locations.data?.find((l) => l.id === locationId)?.timezone ?? 'UTC';

  let content;
  if (anonymous) {
    content = (
      <EmptyState
        mt="xl"
        icon={<IconEyeOff size={32} aria-hidden />}
        withIndicatorBackground
        title={t('colleagues.anonymous.title')}
        description={t('colleagues.anonymous.body')}
      />
    );
  } else if (q === null) {
    content = (
      <EmptyState
        mt="xl"
        icon={<IconSearch size={32} aria-hidden />}
        withIndicatorBackground
        title={t('colleagues.start.title')}
        description={t('colleagues.start.body')}
      />
    );
  } else if (search.isPending) {
    content = (
      <Stack gap="sm" role="status" aria-label={t('states.loading')}>
        <Skeleton height={72} />
        <Skeleton height={72} />
        <Skeleton height={72} />
      </Stack>
    );
  } else if (search.isError) {
    content = <ErrorState error={search.error} onRetry={() => void search.refetch()} />;
  } else if (search.data.length === 0) {
    content = (
      <EmptyState
        mt="xl"
        icon={<IconUserQuestion size={32} aria-hidden />}
        withIndicatorBackground
        title={t('colleagues.none.title', { name: q })}
        description={t('colleagues.none.body')}
      />
    );
  } else {
    content = (
      <div aria-busy={search.isFetching}>
        <ColleagueResults results={search.data} date={date} zoneOf={zoneOf} />
      </div>
    );
  }

  return (
    <Stack maw={720}>
      <PageHeader title={t('colleagues.title')} description={t('colleagues.description')} />
      <Group align="flex-start" gap="md" wrap="wrap">
        <TextInput
          type="search"
          label={t('colleagues.search.label')}
          placeholder={t('colleagues.search.placeholder')}
          description={t('colleagues.search.hint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={input}
          maxLength={MAX_QUERY_LENGTH}
          onChange={(event) => {
            setInput(event.currentTarget.value);
          }}
          style={{ flex: '1 1 16rem' }}
          disabled={anonymous}
        />
        <DateField label={t('colleagues.search.date')} value={date} onChange={(day) => day && setDate(day)} />
      </Group>
      <div aria-live="polite">{content}</div>
    </Stack>
  );
}
