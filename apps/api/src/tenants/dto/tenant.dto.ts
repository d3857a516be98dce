import { ApiProperty } from '@nestjs/swagger';
import type { Tenant } from '../entities/tenant.entity.js';

export class TenantDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
}

export function toTenantDto(tenant: Tenant): TenantDto {
  return { id: tenant.id, name: tenant.name, slug: tenant.slug };
}
