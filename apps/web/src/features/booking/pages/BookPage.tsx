import { Button, EmptyState, Skeleton } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { readBookLink } from '../../../lib/book-link';
import { FLOOR_PLANS_PATH } from '../../../lib/paths';
import { canEditPlaces } from '../../../lib/roles';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { useSignedInUser } from '../../auth';
import { useFloors, useLocations } from '../../places';
import { useTenantSettings } from '../../../api/tenant-settings';
import { readLastPlace, saveLastPlace, type LastPlace } from '../last-place';
import { FavouritesBar } from '../components/FavouritesBar';
import classes from './BookPage.module.css';

// The workspace (pickers, luxon, list; the map loads later still) downloads while the locations and
// settings load, keeping the app's entry bundle small.
const BookingWorkspace = lazy(() => import('../components/BookingWorkspace').then((module) => ({ default: module.BookingWorkspace })));

/** The home page for everyone: pick a place and a time, then a desk on the plan or in the list. */
export function BookPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const canEdit = canEditPlaces(me.role);
  const locations = useLocations();
  const settings = useTenantSettings();
  // A link ("Show on map" from the colleague search) names the place and day; otherwise the last place.
  const { search } = useLocation();
  const [link] = useState(() => readBookLink(search));
  const [place, setPlace] = useState<LastPlace>(() =>
    link.locationId ? { locationId: link.locationId, floorId: link.floorId } : readLastPlace(),
  );
  const location = locations.data?.find((l) => l.id === place.locationId) ?? locations.data?.[0] ?? null;
  const floors = useFloors(location?.id ?? null);
  const floor = floors.data?.find((f) => f.id === place.floorId) ?? floors.data?.[0] ?? null;

  const choosePlace = (next: LastPlace) => {
    setPlace(next);
    saveLastPlace(next);
  };
  const editorLink = canEdit ? (
    <EmptyState.Actions>
      <Button component={Link} to={FLOOR_PLANS_PATH}>
        {t('book.empty.openEditor')}
      </Button>
    </EmptyState.Actions>
  ) : null;

  const loading = <Skeleton className={classes.desks} aria-label={t('states.loading')} role="status" />;
  let content;
  if (locations.isPending || settings.isPending) {
    content = loading;
  } else if (locations.isError || settings.isError) {
    content = (
      <ErrorState
        error={locations.error ?? settings.error}
        onRetry={() => {
          void locations.refetch();
          void settings.refetch();
        }}
      />
    );
  } else if (!location) {
    content = (
      <EmptyState
        mt="xl"
        icon={<IconBuilding size={32} aria-hidden />}
        withIndicatorBackground
        title={t('book.empty.noLocations.title')}
        description={t(canEdit ? 'book.empty.noLocations.editor' : 'book.empty.noLocations.employee')}
      >
        {editorLink}
      </EmptyState>
    );
  } else {
    content = (
      <Suspense fallback={loading}>
        <BookingWorkspace
          key={location.id}
          initialDate={location.id === link.locationId ? link.date : undefined}
          focusDeskId={floor && floor.id === link.floorId ? link.deskId : undefined}
          locations={locations.data}
          location={location}
          floors={floors}
          floor={floor}
          settings={settings.data}
          canEdit={canEdit}
          editorLink={editorLink}
          onLocationChange={(locationId) => {
            choosePlace({ locationId });
          }}
          onFloorChange={(floorId) => {
            choosePlace({ locationId: location.id, floorId });
          }}
        />
      </Suspense>
    );
  }

  return (
    <div className={classes.page}>
      <PageHeader title={t('book.title')} />
      <FavouritesBar
        onShowFloor={(locationId, floorId) => {
          choosePlace({ locationId, floorId });
        }}
      />
      {content}
    </div>
  );
}
