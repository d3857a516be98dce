import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { EmailField } from '../../users/dto/user-input.dto.js';
import { PasswordField } from '../dto/auth.dto.js';

export class PasswordResetRequestDto {
  @EmailField() email: string;
}

/** The same for every address, known or not: nobody learns from it whether an account exists. */
export class PasswordResetRequestedDto {
  @ApiProperty({ enum: ['reset_requested'] }) status: 'reset_requested';
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token from the link in the e-mail (after #token=)' }) @IsString() @Length(10, 200) token: string;
  @PasswordField() password: string;
}
