import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../common/auth/decorators.js';
import { CreateDeskDto, DeskDto, UpdateDeskDto, toDeskDto } from './dto/desk.dto.js';
import { CreateFloorDto, FloorDto, FloorWithDesksDto, UpdateFloorDto, toFloorDto } from './dto/floor.dto.js';
import { CreateLocationDto, LocationDto, UpdateLocationDto, toLocationDto } from './dto/location.dto.js';
import { PlacesService } from './places.service.js';
import { MAX_PLAN_BYTES } from './plan-image.js';

const EDITORS = ['facility_manager', 'tenant_admin'] as const;

@ApiTags('places')
@Controller()
export class PlacesController {
  constructor(private readonly places: PlacesService) {}

  @Get('locations')
  @ApiOkResponse({ type: [LocationDto] })
  async listLocations(): Promise<LocationDto[]> {
    return (await this.places.listLocations()).map(toLocationDto);
  }

  @Post('locations')
  @Roles(...EDITORS)
  @ApiCreatedResponse({ type: LocationDto })
  async createLocation(@Body() dto: CreateLocationDto): Promise<LocationDto> {
    return toLocationDto(await this.places.createLocation(dto));
  }

  @Patch('locations/:id')
  @Roles(...EDITORS)
  @ApiOkResponse({ type: LocationDto })
  async updateLocation(@Param('id') id: string, @Body() dto: UpdateLocationDto): Promise<LocationDto> {
    return toLocationDto(await this.places.updateLocation(id, dto));
  }

  @Delete('locations/:id')
  @Roles(...EDITORS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted with its floors, desks and their bookings' })
  async deleteLocation(@Param('id') id: string): Promise<void> {
    await this.places.deleteLocation(id);
  }

  @Get('locations/:id/floors')
  @ApiOkResponse({ type: [FloorDto] })
  async listFloors(@Param('id') locationId: string): Promise<FloorDto[]> {
    return (await this.places.listFloors(locationId)).map(toFloorDto);
  }

  @Post('locations/:id/floors')
  @Roles(...EDITORS)
  @ApiCreatedResponse({ type: FloorDto })
  async createFloor(@Param('id') locationId: string, @Body() dto: CreateFloorDto): Promise<FloorDto> {
    return toFloorDto(await this.places.createFloor(locationId, dto));
  }

  @Get('floors/:id')
  @ApiOkResponse({ type: FloorWithDesksDto })
  async getFloor(@Param('id') id: string): Promise<FloorWithDesksDto> {
    const floor = await this.places.getFloor(id);
    return { ...toFloorDto(floor), desks: (await this.places.listDesks(floor.id)).map(toDeskDto) };
  }

  @Patch('floors/:id')
  @Roles(...EDITORS)
  @ApiOkResponse({ type: FloorDto })
  async updateFloor(@Param('id') id: string, @Body() dto: UpdateFloorDto): Promise<FloorDto> {
    return toFloorDto(await this.places.updateFloor(id, dto));
  }

  @Delete('floors/:id')
  @Roles(...EDITORS)
  @HttpCode(204)
  @ApiNoContentResponse()
  async deleteFloor(@Param('id') id: string): Promise<void> {
    await this.places.deleteFloor(id);
  }

  @Put('floors/:id/plan')
  @Roles(...EDITORS)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_PLAN_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiOkResponse({ type: FloorDto })
  async putPlan(@Param('id') id: string, @UploadedFile() file: { buffer: Buffer } | undefined): Promise<FloorDto> {
    return toFloorDto(await this.places.putPlan(id, file?.buffer));
  }

  @Get('floors/:id/plan')
  @ApiProduces('image/png', 'image/jpeg', 'image/svg+xml')
  @ApiOkResponse({ description: 'The plan image' })
  async getPlan(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const plan = await this.places.getPlan(id);
    res.setHeader('Content-Type', plan.mimeType);
    // An SVG opened directly must not run anything, even if sanitizing missed something.
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox");
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Revalidated on every use, so a replaced plan shows at once; unchanged ones answer 304.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Last-Modified', plan.updatedAt.toUTCString());
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.end(plan.data);
  }

  @Post('floors/:id/desks')
  @Roles(...EDITORS)
  @ApiCreatedResponse({ type: DeskDto })
  async createDesk(@Param('id') floorId: string, @Body() dto: CreateDeskDto): Promise<DeskDto> {
    return toDeskDto(await this.places.createDesk(floorId, dto));
  }

  @Patch('desks/:id')
  @Roles(...EDITORS)
  @ApiOkResponse({ type: DeskDto })
  async updateDesk(@Param('id') id: string, @Body() dto: UpdateDeskDto): Promise<DeskDto> {
    return toDeskDto(await this.places.updateDesk(id, dto));
  }

  @Delete('desks/:id')
  @Roles(...EDITORS)
  @HttpCode(204)
  @ApiNoContentResponse()
  async deleteDesk(@Param('id') id: string): Promise<void> {
    await this.places.deleteDesk(id);
  }
}
