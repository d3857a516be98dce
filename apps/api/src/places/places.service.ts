import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { DeskBookabilityRepository } from './desk-bookability.repository.js';
import { DeskQrTokensRepository } from './desk-qr-tokens.repository.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import type { CreateDeskDto, UpdateDeskDto } from './dto/desk.dto.js';
import type { CreateFloorDto, UpdateFloorDto } from './dto/floor.dto.js';
import type { CreateLocationDto, UpdateLocationDto } from './dto/location.dto.js';
import { Desk } from './entities/desk.entity.js';
import { FloorDesksCache, type FloorDesk } from './floor-desks.cache.js';
import type { FloorPlan } from './entities/floor-plan.entity.js';
import { Floor } from './entities/floor.entity.js';
import { Location } from './entities/location.entity.js';
import { defaultOpeningHours, type OpeningHours } from './opening-hours.js';
import { DesksRepository, FloorsRepository, LocationsRepository } from './places.repositories.js';
import { readPlanImage } from './plan-image.js';

export class DeskLabelTakenError extends DomainError {
  constructor(label: string) {
    super(409, 'DESK_LABEL_TAKEN', `There is already a desk labelled "${label}" on this floor`);
  }
}

/** Locations, floors, plan images and desks of the caller's tenant. */
@Injectable()
export class PlacesService {
  constructor(
    private readonly locations: LocationsRepository,
    private readonly floors: FloorsRepository,
    private readonly desks: DesksRepository,
    private readonly tx: TransactionRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly floorDesksCache: FloorDesksCache,
    private readonly audit: AuditService,
    private readonly bookability: DeskBookabilityRepository,
    private readonly qrTokens: DeskQrTokensRepository,
  ) {}

  private get plans(): Repository<FloorPlan> {
    return this.dataSource.getRepository<FloorPlan>('FloorPlan');
  }

  listLocations(): Promise<Location[]> {
    return this.locations.find({}, { name: 'ASC' });
  }

  getLocation(id: string): Promise<Location> {
    return this.locations.getById(id);
  }

  async createLocation(dto: CreateLocationDto): Promise<Location> {
    const location = Object.assign(new Location(), {
      id: randomUUID(),
      tenantId: currentTenantId(),
      name: dto.name,
      address: dto.address ?? '',
      timezone: dto.timezone,
      openingHours: { ...defaultOpeningHours(), ...(dto.openingHours as Partial<OpeningHours> | undefined) },
      createdAt: new Date(),
    });
    await this.tx.run(async (m) => {
      await m.insert(Location, location);
      await this.audit.recordForCaller(m, {
        action: 'location.created',
        targetType: 'location',
        targetId: location.id,
        details: { name: location.name },
      });
    });
    return location;
  }

  async updateLocation(id: string, dto: UpdateLocationDto): Promise<Location> {
    const location = await this.locations.getById(id);
    if (dto.name !== undefined) location.name = dto.name;
    if (dto.address !== undefined) location.address = dto.address;
    if (dto.timezone !== undefined) location.timezone = dto.timezone;
    if (dto.openingHours !== undefined)
      location.openingHours = { ...location.openingHours, ...(dto.openingHours as Partial<OpeningHours>) };
    await this.tx.run(async (m) => {
      await m.update(
        Location,
        { id, tenantId: location.tenantId },
        { name: location.name, address: location.address, timezone: location.timezone, openingHours: location.openingHours },
      );
      await this.audit.recordForCaller(m, {
        action: 'location.updated',
        targetType: 'location',
        targetId: location.id,
        details: { name: location.name, changed: givenFields(dto, ['name', 'address', 'timezone', 'openingHours']) },
      });
    });
    return location;
  }

  /** Removes the location with its floors, plans, desks and their bookings. */
  async deleteLocation(id: string): Promise<void> {
    const location = await this.locations.getById(id);
    const floorIds = (await this.floors.find({ locationId: location.id })).map((f) => f.id);
    await this.tx.run(async (m) => {
      if (floorIds.length) await m.getRepository<FloorPlan>('FloorPlan').delete({ floorId: In(floorIds) });
      await m.delete(Location, { id: location.id, tenantId: location.tenantId });
      await this.audit.recordForCaller(m, {
        action: 'location.deleted',
        targetType: 'location',
        targetId: location.id,
        details: { name: location.name },
      });
    });
    this.floorDesksCache.invalidateTenant(location.tenantId);
  }

  async listFloors(locationId: string): Promise<Floor[]> {
    await this.locations.getById(locationId);
    return this.floors.find({ locationId }, { level: 'ASC', name: 'ASC' });
  }

  getFloor(id: string): Promise<Floor> {
    return this.floors.getById(id);
  }

  listDesks(floorId: string): Promise<Desk[]> {
    return this.desks.find({ floorId }, { label: 'ASC' });
  }

  /**
   * The desks of one of the caller's floors for availability, ordered by label; 404 for a floor of
   * another tenant. Served from FloorDesksCache (a few seconds stale at most on other instances).
   */
  floorDesks(floorId: string): Promise<readonly FloorDesk[]> {
    return this.floorDesksCache.get(currentTenantId(), floorId, async () => {
      const floor = await this.floors.getById(floorId);
      return this.listDesks(floor.id);
    });
  }

  async createFloor(locationId: string, dto: CreateFloorDto): Promise<Floor> {
    const location = await this.locations.getById(locationId);
    const floor = Object.assign(new Floor(), {
      id: randomUUID(),
      tenantId: location.tenantId,
      locationId: location.id,
      name: dto.name,
      level: dto.level ?? 0,
      planMimeType: null,
      planWidth: null,
      planHeight: null,
      createdAt: new Date(),
    });
    await this.tx.run(async (m) => {
      await m.insert(Floor, floor);
      await this.audit.recordForCaller(m, {
        action: 'floor.created',
        targetType: 'floor',
        targetId: floor.id,
        details: { name: floor.name, location: location.name },
      });
    });
    return floor;
  }

  async updateFloor(id: string, dto: UpdateFloorDto): Promise<Floor> {
    const floor = await this.floors.getById(id);
    if (dto.name !== undefined) floor.name = dto.name;
    if (dto.level !== undefined) floor.level = dto.level;
    await this.tx.run(async (m) => {
      await m.update(Floor, { id, tenantId: floor.tenantId }, { name: floor.name, level: floor.level });
      await this.audit.recordForCaller(m, {
        action: 'floor.updated',
        targetType: 'floor',
        targetId: floor.id,
        details: { name: floor.name, changed: givenFields(dto, ['name', 'level']) },
      });
    });
    return floor;
  }

  async deleteFloor(id: string): Promise<void> {
    const floor = await this.floors.getById(id);
    await this.tx.run(async (m) => {
      await m.getRepository<FloorPlan>('FloorPlan').delete({ floorId: floor.id });
      await m.delete(Floor, { id: floor.id, tenantId: floor.tenantId });
      await this.audit.recordForCaller(m, {
        action: 'floor.deleted',
        targetType: 'floor',
        targetId: floor.id,
        details: { name: floor.name },
      });
    });
    this.floorDesksCache.invalidateFloor(floor.tenantId, floor.id);
  }

  async putPlan(id: string, upload: Buffer | undefined): Promise<Floor> {
    const floor = await this.floors.getById(id);
    if (!upload)
      throw new DomainError(400, 'VALIDATION_FAILED', 'Send the plan as multipart field "file"', [
        { field: 'file', messages: ['file is required'] },
      ]);
    const image = await readPlanImage(upload);
    await this.tx.run(async (m) => {
      await m.getRepository<FloorPlan>('FloorPlan').save({ floorId: floor.id, data: image.data, updatedAt: new Date() });
      await m.update(Floor, { id: floor.id }, { planMimeType: image.mimeType, planWidth: image.width, planHeight: image.height });
      await this.audit.recordForCaller(m, {
        action: 'floor.plan_uploaded',
        targetType: 'floor',
        targetId: floor.id,
        details: { name: floor.name, width: image.width, height: image.height },
      });
    });
    return Object.assign(floor, { planMimeType: image.mimeType, planWidth: image.width, planHeight: image.height });
  }

  async getPlan(id: string): Promise<{ mimeType: string; data: Buffer; updatedAt: Date }> {
    const floor = await this.floors.getById(id);
    const plan = floor.planMimeType ? await this.plans.findOneBy({ floorId: floor.id }) : null;
    if (!plan || !floor.planMimeType) throw new NotFoundError('Floor plan');
    return { mimeType: floor.planMimeType, data: plan.data, updatedAt: plan.updatedAt };
  }

  async createDesk(floorId: string, dto: CreateDeskDto): Promise<Desk> {
    const floor = await this.floors.getById(floorId);
    const desk = Object.assign(new Desk(), {
      id: randomUUID(),
      tenantId: floor.tenantId,
      floorId: floor.id,
      label: dto.label,
      x: dto.x,
      y: dto.y,
      zone: dto.zone ?? null,
      amenities: dto.amenities ?? [],
      bookable: dto.bookable ?? true,
      createdAt: new Date(),
    });
    await this.writeDesk(desk.label, async (m) => {
      await m.insert(Desk, desk);
      await this.bookability.record(m, desk, desk.createdAt);
      await this.qrTokens.issue(m, desk, desk.createdAt);
      await this.recordDeskEvent(m, 'desk.created', desk, floor);
    });
    this.floorDesksCache.invalidateFloor(desk.tenantId, desk.floorId);
    return desk;
  }

  getDesk(id: string): Promise<Desk> {
    return this.desks.getById(id);
  }

  async updateDesk(id: string, dto: UpdateDeskDto): Promise<Desk> {
    const desk = await this.desks.getById(id);
    const floor = await this.floors.getById(desk.floorId);
    const changes: Partial<Desk> = {};
    for (const key of ['label', 'x', 'y', 'zone', 'amenities', 'bookable'] as const) {
      if (dto[key] !== undefined) Object.assign(changes, { [key]: dto[key] });
    }
    const bookableChanged = changes.bookable !== undefined && changes.bookable !== desk.bookable;
    Object.assign(desk, changes);
    await this.writeDesk(desk.label, async (m) => {
      await m.update(Desk, { id: desk.id, tenantId: desk.tenantId }, changes);
      if (bookableChanged) await this.bookability.record(m, desk, new Date());
      await this.recordDeskEvent(m, 'desk.updated', desk, floor, { changed: Object.keys(changes) });
    });
    this.floorDesksCache.invalidateFloor(desk.tenantId, desk.floorId);
    return desk;
  }

  async deleteDesk(id: string): Promise<void> {
    const desk = await this.desks.getById(id);
    const floor = await this.floors.getById(desk.floorId);
    await this.tx.run(async (m) => {
      await this.desks.deleteById(desk.id, m);
      await this.recordDeskEvent(m, 'desk.deleted', desk, floor);
    });
    this.floorDesksCache.invalidateFloor(desk.tenantId, desk.floorId);
  }

  /** Desk events name the desk and its floor: ids alone say nothing once the desk is gone. */
  private recordDeskEvent(
    m: EntityManager,
    action: 'desk.created' | 'desk.updated' | 'desk.deleted',
    desk: Desk,
    floor: Floor,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.recordForCaller(m, {
      action,
      targetType: 'desk',
      targetId: desk.id,
      details: { label: desk.label, floor: floor.name, ...extra },
    });
  }

  /** The unique index on (floorId, label) decides, also for two requests at once. */
  private async writeDesk(label: string, write: Parameters<TransactionRunner['run']>[0]): Promise<void> {
    try {
      await this.tx.run(write);
    } catch (err) {
      if (isUniqueViolation(err)) throw new DeskLabelTakenError(label);
      throw err;
    }
  }
}

/** The fields a patch sets, in a fixed order: what an audit event says was changed. */
function givenFields<T extends object>(patch: T, fields: readonly (keyof T & string)[]): string[] {
  return fields.filter((field) => patch[field] !== undefined);
}
