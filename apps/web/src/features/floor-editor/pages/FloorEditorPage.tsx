import { ActionIcon, Button, EmptyState, Group, NativeSelect, Paper, Skeleton, Stack, Tabs, Text, Tooltip } from '@mantine/core';
import { IconBuilding, IconPencil, IconPlus, IconStairs, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Floor, OfficeLocation } from '../../../api/types';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useFloors, useLocations } from '../../places';
import { FloorFormModal } from '../components/FloorFormModal';
import { FloorWorkspace } from '../components/FloorWorkspace';
import { LocationFormModal } from '../components/LocationFormModal';
import { useConfirmDeletePlace } from '../hooks/useConfirmDeletePlace';

/** An open form: adding (null) or editing (the item). */
type Editing<T> = { item: T | null } | null;

/** Locations, floors, plans and desks, for facility managers and admins. The choice lives in the URL. */
export function FloorEditorPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const locations = useLocations();
  const location = locations.data?.find((l) => l.id === params.get('location')) ?? locations.data?.[0] ?? null;
  const floors = useFloors(location?.id ?? null);
  const floor = floors.data?.find((f) => f.id === params.get('floor')) ?? floors.data?.[0] ?? null;
  const [locationForm, setLocationForm] = useState<Editing<OfficeLocation>>(null);
  const [floorForm, setFloorForm] = useState<Editing<Floor>>(null);
  const { confirmDeleteLocation, confirmDeleteFloor } = useConfirmDeletePlace();

  const show = (locationId: string | null, floorId?: string) => {
    const next = new URLSearchParams();
    if (locationId) next.set('location', locationId);
    if (floorId) next.set('floor', floorId);
    setParams(next, { replace: true });
  };
  const addLocation = (
    <Button
      leftSection={<IconPlus size={18} aria-hidden />}
      onClick={() => {
        setLocationForm({ item: null });
      }}
    >
      {t('editor.locations.add')}
    </Button>
  );
  const addFloor = (
    <Button
      variant="light"
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={() => {
        setFloorForm({ item: null });
      }}
    >
      {t('editor.floors.add')}
    </Button>
  );

  let content;
  if (locations.isPending) {
    content = <PageSkeleton />;
  } else if (locations.isError) {
    content = <ErrorState error={locations.error} onRetry={() => void locations.refetch()} />;
  } else if (!location) {
    content = (
      <EmptyState
        mt="xl"
        icon={<IconBuilding size={32} aria-hidden />}
        withIndicatorBackground
        title={t('editor.locations.empty.title')}
        description={t('editor.locations.empty.body')}
      >
        <EmptyState.Actions>{addLocation}</EmptyState.Actions>
      </EmptyState>
    );
  } else {
    content = (
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('book.location')}
              value={location.id}
              data={locations.data.map((l) => ({ value: l.id, label: l.name }))}
              onChange={(event) => {
                show(event.currentTarget.value);
              }}
              miw={200}
            />
            <Tooltip label={t('editor.locations.edit', { name: location.name })}>
              <ActionIcon
                variant="default"
                size={36}
                aria-label={t('editor.locations.edit', { name: location.name })}
                onClick={() => {
                  setLocationForm({ item: location });
                }}
              >
                <IconPencil size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('editor.locations.delete', { name: location.name })}>
              <ActionIcon
                variant="default"
                color="red"
                size={36}
                aria-label={t('editor.locations.delete', { name: location.name })}
                onClick={() => {
                  confirmDeleteLocation(location, () => {
                    show(null);
                  });
                }}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Text size="sm" c="dimmed" pb={8}>
              {[location.address, location.timezone].filter(Boolean).join(' · ')}
            </Text>
          </Group>
        </Paper>
        {floors.isPending ? (
          <Skeleton h={320} aria-label={t('states.loading')} role="status" />
        ) : floors.isError ? (
          <ErrorState error={floors.error} onRetry={() => void floors.refetch()} />
        ) : !floor ? (
          <EmptyState
            icon={<IconStairs size={32} aria-hidden />}
            withIndicatorBackground
            title={t('editor.floors.empty.title', { location: location.name })}
            description={t('editor.floors.empty.body')}
          >
            <EmptyState.Actions>{addFloor}</EmptyState.Actions>
          </EmptyState>
        ) : (
          <Tabs
            value={floor.id}
            onChange={(floorId) => {
              if (floorId) show(location.id, floorId);
            }}
            keepMounted={false}
          >
            <Group justify="space-between" align="flex-end" wrap="nowrap" mb="md">
              <Tabs.List aria-label={t('editor.floors.label', { location: location.name })}>
                {floors.data.map((f) => (
                  <Tabs.Tab key={f.id} value={f.id}>
                    {f.name}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {addFloor}
            </Group>
            {floors.data.map((f) => (
              <Tabs.Panel key={f.id} value={f.id}>
                {f.id === floor.id && (
                  <FloorWorkspace
                    key={f.id}
                    floor={f}
                    onRename={() => {
                      setFloorForm({ item: f });
                    }}
                    onDelete={() => {
                      confirmDeleteFloor(f, () => {
                        show(location.id);
                      });
                    }}
                  />
                )}
              </Tabs.Panel>
            ))}
          </Tabs>
        )}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader title={t('editor.title')} description={t('editor.description')} actions={location ? addLocation : undefined} />
      {content}
      {locationForm && (
        <LocationFormModal
          key={locationForm.item?.id ?? 'new'}
          location={locationForm.item}
          onClose={() => {
            setLocationForm(null);
          }}
          onSaved={(saved) => {
            setLocationForm(null);
            show(saved.id, locationForm.item ? floor?.id : undefined);
          }}
        />
      )}
      {floorForm && location && (
        <FloorFormModal
          key={floorForm.item?.id ?? 'new'}
          location={location}
          floor={floorForm.item}
          nextLevel={Math.max(-1, ...(floors.data ?? []).map((f) => f.level)) + 1}
          onClose={() => {
            setFloorForm(null);
          }}
          onSaved={(saved) => {
            setFloorForm(null);
            show(location.id, saved.id);
          }}
        />
      )}
    </>
  );
}
