import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class FavouriteDeskDto {
  @ApiProperty() deskId: string;
  @ApiProperty() label: string;
  @ApiProperty() floorId: string;
  @ApiProperty() floorName: string;
  @ApiProperty() locationId: string;
  @ApiProperty() locationName: string;
  @ApiProperty({ description: 'The person’s usual desk (at most one)' }) usual: boolean;
}

export class UsualDeskDto {
  @ApiProperty() @IsString() @Length(1, 64) deskId: string;
}
