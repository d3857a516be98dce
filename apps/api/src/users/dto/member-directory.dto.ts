import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

export class MemberDirectoryQueryDto {
  @ApiProperty({ minLength: 2, maxLength: 100, description: 'Part of the display name, any case' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(2, 100)
  q: string;
}

/** A member as staff pick them to book for: no e-mail, no role. */
export class MemberDirectoryEntryDto {
  @ApiProperty() id: string;
  @ApiProperty() displayName: string;
}
