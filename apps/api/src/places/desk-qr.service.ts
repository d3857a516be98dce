import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { DeskQrTokensRepository } from './desk-qr-tokens.repository.js';
import { DesksRepository, FloorsRepository, LocationsRepository } from './places.repositories.js';
import { qrSheetLayout, renderQrSheet, type SheetLang } from './qr-sheet.js';

export interface QrSheetFile {
  filename: string;
  pdf: Buffer;
}

/** A floor's desk QR codes: the printable sheet and replacing them all. */
@Injectable()
export class DeskQrService {
  constructor(
    private readonly floors: FloorsRepository,
    private readonly locations: LocationsRepository,
    private readonly desks: DesksRepository,
    private readonly tokens: DeskQrTokensRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The sheet of one of the caller's floors (404 for another tenant's). */
  async sheet(floorId: string, origin: string, lang: SheetLang): Promise<QrSheetFile> {
    const floor = await this.floors.getById(floorId);
    const location = await this.locations.getById(floor.locationId);
    const desks = await this.desks.find({ floorId: floor.id });
    const tokens = await this.tokens.ofDesks(desks.map((d) => d.id));
    // Desk creation and the migration issue every token; a desk without one still gets a code rather than a gap.
    const missing = desks.filter((d) => !tokens.has(d.id));
    if (missing.length) {
      await this.tx.run(async (m) => {
        for (const desk of missing) tokens.set(desk.id, await this.tokens.issue(m, desk));
      });
    }
    const layout = qrSheetLayout({
      origin,
      floorName: floor.name,
      locationName: location.name,
      desks: desks.map((d) => ({ label: d.label, token: tokens.get(d.id)! })),
      lang,
    });
    return { filename: `deskbook-qr-${slug(floor.name)}-${lang}.pdf`, pdf: await renderQrSheet(layout, lang) };
  }

  /** Gives every desk of the floor a new token: the printed codes answer 404 from now on. */
  async replaceAll(floorId: string): Promise<number> {
    const floor = await this.floors.getById(floorId);
    const desks = await this.desks.find({ floorId: floor.id });
    return this.tx.run(async (m) => {
      const rotated = await this.tokens.replace(m, desks);
      // Ids and a count only: the tokens themselves are what the audit log must not hand out.
      await this.audit.recordForCaller(m, {
        action: 'floor.qr_codes_replaced',
        targetType: 'floor',
        targetId: floor.id,
        details: { rotated },
      });
      return rotated;
    });
  }
}

/** A file-name-safe form of a floor name ("Ground floor" → "ground-floor"). */
function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'floor';
}
