import { Alert, Center, EmptyState, Group, Paper, SegmentedControl, Skeleton, Stack, Switch, VisuallyHidden } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { IconArmchair, IconFilterOff, IconInfoCircle, IconList, IconMap, IconStairs } from '@tabler/icons-react';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Floor, OfficeLocation, TenantSettings } from '../../../api/types';
import { ErrorState } from '../../../components/ErrorState';
import { amenitiesOf, deskDetails, filterDesks, inLabelOrder, MINUTES_PER_DAY, NO_FILTER, planSizeOf, zonesOf } from '../../places';
import { ownDeskCovering } from '../own-booking';
import { formattingLocale } from '../../../lib/formatting-locale';
import { browserZone, formatDay, formatDayMinutes, formatTime } from '../format';
import { useAvailability } from '../hooks/useAvailability';
import { useDeskActions } from '../hooks/useDeskActions';
import { useDeskSummary } from '../hooks/useDeskSummary';
import { useNow } from '../hooks/useNow';
import { usePhone } from '../hooks/usePhone';
import { rangeInstants, resolveTimeRange, safeZone, shiftWorkingDay, type TimeRangeChoice } from '../time-range';
import classes from '../pages/BookPage.module.css';
import { BookToolbar, type BookToolbarProps } from './BookToolbar';
import { DeskCard } from './DeskCard';
import { StaffDeskActions } from './StaffDeskActions';
import { DeskCardExtras } from './DeskCardExtras';
import { DeskCards } from './DeskCards';
import { DeskFilters } from './DeskFilters';
import { DeskLegend } from './DeskLegend';
import { DeskList } from './DeskList';
import { PhoneBookBar } from './PhoneBookBar';
import { WholeDayButton } from './WholeDayButton';

// Leaflet and the map load only when a floor plan is shown, not with the app.
const BookingMap = lazy(() => import('./BookingMap').then((module) => ({ default: module.BookingMap })));

interface BookingWorkspaceProps {
  locations: readonly OfficeLocation[];
  location: OfficeLocation;
  floors: UseQueryResult<Floor[]>;
  floor: Floor | null;
  settings: TenantSettings;
  canEdit: boolean;
  /** "Open floor plans", for the empty states of editors. */
  editorLink: ReactNode;
  onLocationChange: (locationId: string) => void;
  onFloorChange: (floorId: string) => void;
  /** The day a link asked for ("YYYY-MM-DD"); today's default otherwise. */
  initialDate?: string;
  /** The desk a link points at (a colleague's): the map opens on it with its card. */
  focusDeskId?: string;
}

type View = 'map' | 'list';

export function BookingWorkspace({
  location,
  floors,
  floor,
  settings,
  canEdit,
  editorLink,
  initialDate,
  focusDeskId,
  ...props
}: BookingWorkspaceProps) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const zone = safeZone(location.timezone);
  const now = useNow();
  const [choice, setChoice] = useState<TimeRangeChoice>(() => (initialDate ? { date: initialDate } : {}));
  const [filter, setFilter] = useState(NO_FILTER);
  const [view, setView] = useState<View | null>(null);
  const [showName, setShowName] = useState<boolean | null>(null);
  const phone = usePhone();

  const dayInput = { hours: location.openingHours, zone, limits: settings.booking, now };
  const range = resolveTimeRange({ ...dayInput, choice });
  const bounds = { min: range.minDate, max: range.maxDate };
  const open = range.state === 'open';
  // A closed day still shows the desks (statuses for the whole day); only booking is off.
  const shown = open ? rangeInstants(range.date, range.start, range.end, zone) : rangeInstants(range.date, 0, MINUTES_PER_DAY, zone);

  const availability = useAvailability(floor?.id ?? null, shown);
  const desks = useMemo(() => availability.data ?? [], [availability.data]);
  const ownDesk = open ? ownDeskCovering(desks, shown) : null;
  const canBook = open && ownDesk === null;
  const zones = useMemo(() => zonesOf(desks, i18n.language), [desks, i18n.language]);
  const amenities = useMemo(() => amenitiesOf(desks, i18n.language), [desks, i18n.language]);
  const filtered = useMemo(() => inLabelOrder(filterDesks(desks, filter), i18n.language), [desks, filter, i18n.language]);

  const userChoice = settings.privacy.bookingVisibility === 'user_choice';
  const visibleToColleagues = userChoice ? (showName ?? settings.privacy.userChoiceDefault) : undefined;
  const nameChoice = userChoice ? { checked: visibleToColleagues ?? false, onChange: setShowName } : null;

  const timeLabel = (minutes: number) => formatDayMinutes(minutes, locale, t('book.endOfDay'));
  const when = t('book.when', { date: formatDay(range.date, zone, locale), from: timeLabel(range.start), to: timeLabel(range.end) });
  const describe = (booking: { startsAt: string; endsAt: string }) =>
    t('book.when', {
      date: formatDay(booking.startsAt, zone, locale),
      from: formatTime(booking.startsAt, zone, locale),
      to: formatTime(booking.endsAt, zone, locale),
    });
  const bookingTimes = (booking: { startsAt: string; endsAt: string }) =>
    t('book.range', { from: formatTime(booking.startsAt, zone, locale), to: formatTime(booking.endsAt, zone, locale) });
  const actions = useDeskActions({ floorId: floor?.id ?? null, range: open ? shown : null, when, describe, visibleToColleagues });
  const ownDeskNote = ownDesk === null ? null : t('book.alreadyBooked', { label: ownDesk });

  const summaryText = useDeskSummary();
  // Cards on a phone (no sideways scrolling), the sortable table elsewhere.
  const DeskListView = phone ? DeskCards : DeskList;
  const size = floor ? planSizeOf(floor) : null;
  const effectiveView: View = floor?.hasPlan && size ? (view ?? 'map') : 'list';
  const loading = <Skeleton className={classes.desks} aria-label={t('states.loading')} role="status" />;

  let desksArea: ReactNode;
  if (floors.isPending) {
    desksArea = loading;
  } else if (floors.isError) {
    desksArea = <ErrorState error={floors.error} onRetry={() => void floors.refetch()} />;
  } else if (!floor) {
    desksArea = (
      <EmptyState
        mt="xl"
        icon={<IconStairs size={32} aria-hidden />}
        withIndicatorBackground
        title={t('book.empty.noFloors.title', { location: location.name })}
        description={t(canEdit ? 'book.empty.noFloors.editor' : 'book.empty.noFloors.employee')}
      >
        {editorLink}
      </EmptyState>
    );
  } else if (availability.isPending) {
    desksArea = loading;
  } else if (availability.isError) {
    desksArea = <ErrorState error={availability.error} onRetry={() => void availability.refetch()} />;
  } else if (desks.length === 0) {
    desksArea = (
      <EmptyState
        mt="xl"
        icon={<IconArmchair size={32} aria-hidden />}
        withIndicatorBackground
        title={t('book.empty.noDesks.title', { floor: floor.name })}
        description={t(canEdit ? 'book.empty.noDesks.editor' : 'book.empty.noDesks.employee')}
      >
        {editorLink}
      </EmptyState>
    );
  } else if (filtered.length === 0) {
    desksArea = (
      <EmptyState
        mt="xl"
        icon={<IconFilterOff size={32} aria-hidden />}
        withIndicatorBackground
        title={t('book.noMatch.title')}
        description={t('book.noMatch.body')}
      />
    );
  } else if (effectiveView === 'map' && size) {
    desksArea = (
      <div className={classes.desks} aria-busy={availability.isFetching}>
        <Suspense fallback={loading}>
          <BookingMap
            floorId={floor.id}
            size={size}
            label={t('book.map.label', { floor: floor.name })}
            desks={filtered}
            focusDeskId={focusDeskId}
            sheet={phone}
            deskName={(desk) => t('book.deskWithSummary', { label: desk.label, summary: summaryText(desk) })}
            deskHint={(desk) => `${deskDetails(desk)} · ${summaryText(desk)}`}
            renderCard={(desk, close) => (
              <DeskCard
                desk={desk}
                when={when}
                bookingTimes={bookingTimes}
                onBook={
                  canBook
                    ? () => {
                        actions.book(desk);
                      }
                    : null
                }
                onCancel={() => {
                  close();
                  actions.cancel(desk);
                }}
                onClose={close}
                notBookable={ownDeskNote}
                pending={actions.pendingDeskId === desk.deskId}
                nameChoice={nameChoice}
                staffActions={
                  canEdit ? (
                    <StaffDeskActions desk={desk} range={open ? shown : null} when={when} describe={describe} onDone={close} />
                  ) : null
                }
                extras={
                  <DeskCardExtras
                    desk={{ deskId: desk.deskId, label: desk.label, bookable: desk.bookable }}
                    first={open ? { ...shown, date: range.date } : null}
                    lastDay={range.maxDate}
                    zone={zone}
                    visibleToColleagues={visibleToColleagues}
                  />
                }
              />
            )}
          />
        </Suspense>
      </div>
    );
  } else {
    desksArea = (
      <Stack gap="sm">
        {nameChoice && canBook && (
          <Switch
            label={t('book.showName')}
            description={t('book.showNameHint')}
            checked={nameChoice.checked}
            onChange={(event) => {
              nameChoice.onChange(event.currentTarget.checked);
            }}
          />
        )}
        <Paper withBorder={!phone} aria-busy={availability.isFetching}>
          <DeskListView
            desks={filtered}
            floorName={floor.name}
            canBook={canBook}
            onBook={actions.book}
            onCancel={actions.cancel}
            pendingDeskId={actions.pendingDeskId}
          />
        </Paper>
      </Stack>
    );
  }

  const toolbar: BookToolbarProps = {
    locations: props.locations,
    location,
    onLocationChange: props.onLocationChange,
    floors: floors.data ?? [],
    floor,
    onFloorChange: props.onFloorChange,
    range,
    onRangeChange: setChoice,
    previousDay: shiftWorkingDay(dayInput, range.date, -1, bounds),
    nextDay: shiftWorkingDay(dayInput, range.date, 1, bounds),
    locale,
    zoneNote: zone !== browserZone() ? t('book.timeZoneNote', { zone }) : null,
  };
  // On a phone the view switch shows icons (their names stay for screen readers), leaving room for Filters.
  const viewLabel = (name: string, Icon: typeof IconMap) =>
    phone ? (
      <Center>
        <Icon size={18} aria-hidden />
        <VisuallyHidden>{name}</VisuallyHidden>
      </Center>
    ) : (
      name
    );
  const viewSwitch = (
    <SegmentedControl<View>
      aria-label={t('book.view.label')}
      value={effectiveView}
      onChange={(value) => {
        setView(value);
      }}
      data={[
        { value: 'map', label: viewLabel(t('book.view.map'), IconMap), disabled: !floor?.hasPlan },
        { value: 'list', label: viewLabel(t('book.view.list'), IconList) },
      ]}
    />
  );

  return (
    <div className={classes.workspace}>
      {phone ? (
        <PhoneBookBar {...toolbar} zones={zones} amenities={amenities} filter={filter} onFilterChange={setFilter} viewSwitch={viewSwitch} />
      ) : (
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <BookToolbar {...toolbar} />
          <WholeDayButton range={range} onRangeChange={setChoice} />
        </Group>
      )}
      {range.state !== 'open' && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {range.state === 'closed' ? t('book.closed', { location: location.name }) : t('book.over')}
        </Alert>
      )}
      {ownDeskNote && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {ownDeskNote}
        </Alert>
      )}
      {floor && !floor.hasPlan && desks.length > 0 && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('book.noPlan')}
        </Alert>
      )}
      {!phone && (
        <Group justify="space-between" align="flex-end" gap="md">
          <DeskFilters zones={zones} amenities={amenities} filter={filter} onChange={setFilter} />
          {viewSwitch}
        </Group>
      )}
      {!phone && <DeskLegend />}
      {desksArea}
    </div>
  );
}
