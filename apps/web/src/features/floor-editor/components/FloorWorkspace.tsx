import { ActionIcon, Button, Drawer, EmptyState, Grid, Group, Paper, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { IconArrowBackUp, IconLayoutList, IconPencil, IconPhoto, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desk, Floor } from '../../../api/types';
import { ErrorState } from '../../../components/ErrorState';
import { amenitiesOf, type PlanPoint, planSizeOf, useFloor, zonesOf } from '../../places';
import { showDeskAdded } from '../desk-added-toast';
import { undoLabel } from '../desk-changes';
import { planCenter } from '../desk-row';
import { useConfirmDeleteDesk } from '../hooks/useConfirmDeletePlace';
import { useDeskEditor } from '../hooks/useDeskEditor';
import { AddRowModal } from './AddRowModal';
import { DeskPanel } from './DeskPanel';
import { DeskTable } from './DeskTable';
import { EditorMap } from './EditorMap';
import { FloorQrCodes } from './FloorQrCodes';
import { FloorBlocks } from './FloorBlocks';
import { PlanDropZone, PlanUploadButton, PlanUploadError, usePlanUpload } from './PlanUpload';

interface FloorWorkspaceProps {
  floor: Floor;
  onRename: () => void;
  onDelete: () => void;
}

/** Which desk the side panel shows, and whether it should take the focus (not after a drag). */
interface Selection {
  id: string;
  focus: boolean;
}

export function FloorWorkspace({ floor, onRename, onDelete }: FloorWorkspaceProps) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', true);
  const floorQuery = useFloor(floor.id);
  const desks = useMemo(() => floorQuery.data?.desks ?? [], [floorQuery.data]);
  const editor = useDeskEditor(floor.id, desks);
  const confirmDeleteDesk = useConfirmDeleteDesk();
  const [selection, setSelection] = useState<Selection | null>(null);
  const [planVersion, setPlanVersion] = useState<number | undefined>(undefined);
  const [rowOpen, setRowOpen] = useState(false);
  const plan = usePlanUpload(floor, () => {
    setPlanVersion(Date.now());
  });
  const current = floorQuery.data ?? floor;
  const size = planSizeOf(current);
  const selected = desks.find((desk) => desk.id === selection?.id) ?? null;
  const zones = useMemo(() => zonesOf(desks, i18n.language), [desks, i18n.language]);
  const amenities = useMemo(() => amenitiesOf(desks, i18n.language), [desks, i18n.language]);
  const lastChange = editor.lastChange ? undoLabel(editor.lastChange) : null;
  useHotkeys([['mod+Z', () => void editor.undo()]]);

  const add = async (point: PlanPoint, focus: boolean) => {
    const desk = await editor.addDesk(point);
    if (!desk) return;
    setSelection({ id: desk.id, focus });
    showDeskAdded(t('editor.desk.created', { label: desk.label }));
  };
  const remove = (desk: Desk) => {
    confirmDeleteDesk(desk, () => {
      void editor.deleteDesk(desk).then((deleted) => {
        if (deleted) setSelection((current) => (current?.id === desk.id ? null : current));
      });
    });
  };
  const deskName = (desk: Desk) =>
    desk.bookable ? t('book.desk', { label: desk.label }) : `${t('book.desk', { label: desk.label })}: ${t('book.status.unavailable')}`;

  const panel = selected && (
    <DeskPanel
      key={`${selected.id}:${String(selected.x)}:${String(selected.y)}`}
      desk={selected}
      size={size}
      zones={zones}
      amenities={amenities}
      focusOnOpen={selection?.focus ?? false}
      saving={editor.busy}
      onSave={(edits) => editor.updateDesk(selected, edits)}
      onDelete={() => {
        remove(selected);
      }}
      onClose={() => {
        setSelection(null);
      }}
    />
  );

  let planArea;
  if (floorQuery.isPending) {
    planArea = <Skeleton h={480} aria-label={t('states.loading')} role="status" />;
  } else if (floorQuery.isError) {
    planArea = <ErrorState error={floorQuery.error} onRetry={() => void floorQuery.refetch()} />;
  } else if (!size) {
    planArea = (
      <PlanDropZone send={plan.send} empty>
        <EmptyState
          py="xl"
          icon={<IconPhoto size={32} aria-hidden />}
          withIndicatorBackground
          title={t('editor.plan.none.title', { floor: floor.name })}
          description={`${t('editor.plan.none.body')} ${t('editor.plan.drop')}`}
        >
          <EmptyState.Actions>
            <PlanUploadButton hasPlan={false} send={plan.send} uploading={plan.uploading} />
          </EmptyState.Actions>
        </EmptyState>
      </PlanDropZone>
    );
  } else {
    planArea = (
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('editor.map.hint')}
        </Text>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <div style={{ height: 'min(70vh, 640px)', display: 'flex' }}>
              <PlanDropZone send={plan.send}>
                <EditorMap
                  floorId={floor.id}
                  size={size}
                  label={t('editor.map.label', { floor: floor.name })}
                  planVersion={planVersion}
                  desks={desks}
                  selectedId={selected?.id ?? null}
                  deskName={deskName}
                  onSelect={(desk) => {
                    setSelection({ id: desk.id, focus: false });
                  }}
                  onAdd={(point) => void add(point, false)}
                  onMove={(desk, point) => {
                    setSelection((current) => (current?.id === desk.id ? { ...current, focus: false } : current));
                    void editor.moveDesk(desk, point);
                  }}
                />
              </PlanDropZone>
            </div>
          </Grid.Col>
          {wide && (
            <Grid.Col span={{ base: 12, md: 4 }}>
              {panel || (
                <Paper withBorder p="md" c="dimmed" fz="sm">
                  {t('editor.desk.none')}
                </Paper>
              )}
            </Grid.Col>
          )}
        </Grid>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="xs">
          <Title order={2} size="h3">
            {floor.name}
          </Title>
          <Tooltip label={t('editor.floors.rename', { name: floor.name })}>
            <ActionIcon variant="subtle" aria-label={t('editor.floors.rename', { name: floor.name })} onClick={onRename}>
              <IconPencil size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('editor.floors.delete', { name: floor.name })}>
            <ActionIcon variant="subtle" color="red" aria-label={t('editor.floors.delete', { name: floor.name })} onClick={onDelete}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            disabled={!lastChange || editor.busy}
            onClick={() => void editor.undo()}
          >
            {lastChange ? t(lastChange.key, { label: lastChange.label }) : t('editor.undo.nothing')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => void add(planCenter(size), true)}
            loading={editor.busy}
          >
            {t('editor.desks.add')}
          </Button>
          {size && (
            <Button
              variant="default"
              leftSection={<IconLayoutList size={16} aria-hidden />}
              onClick={() => {
                setRowOpen(true);
              }}
            >
              {t('editor.row.open')}
            </Button>
          )}
          {size && <PlanUploadButton hasPlan send={plan.send} uploading={plan.uploading} />}
          <FloorQrCodes floor={floor} />
        </Group>
      </Group>
      {plan.error !== null && <PlanUploadError error={plan.error} />}
      {planArea}
      {panel &&
        (!size || !wide) &&
        (wide ? (
          panel
        ) : (
          <Drawer
            opened
            position="bottom"
            size="auto"
            onClose={() => {
              setSelection(null);
            }}
            withCloseButton={false}
          >
            {panel}
          </Drawer>
        ))}
      <Stack gap="xs" component="section" aria-labelledby="editor-desks-title">
        <Title order={3} size="h4" id="editor-desks-title">
          {t('editor.desks.title')}
        </Title>
        <Paper withBorder p={desks.length ? 0 : 'md'}>
          <DeskTable
            desks={desks}
            floorName={floor.name}
            selectedId={selected?.id ?? null}
            onEdit={(desk) => {
              setSelection({ id: desk.id, focus: true });
            }}
            onDelete={remove}
          />
        </Paper>
      </Stack>
      <FloorBlocks floor={floor} desks={desks} />
      {rowOpen && size && (
        <AddRowModal
          size={size}
          adding={editor.busy}
          onClose={() => {
            setRowOpen(false);
          }}
          onAdd={(points) => {
            void editor.addDesks(points).then((added) => {
              setRowOpen(false);
              if (added.length) showDeskAdded(t('editor.row.added', { count: added.length }));
            });
          }}
        />
      )}
    </Stack>
  );
}
