import type { Schemas } from '@deskbook/api-client';

export type Me = Schemas['MeDto'];
export type User = Schemas['UserDto'];
export type Role = User['role'];
export type UserStatus = User['status'];
export type TenantSettings = Schemas['TenantSettingsDto'];
export type AuditEvent = Schemas['AuditEventDto'];
export type InvitePreview = Schemas['InvitePreviewDto'];
export type InviteResponse = Schemas['InviteResponseDto'];
export type TotpSetup = Schemas['TotpSetupDto'];
export type RecoveryCodes = Schemas['RecoveryCodesDto'];
/** One signed-in device of the caller (not the app's own session state, which is `Me`). */
export type SignInSession = Schemas['SessionDto'];

export const ROLES: readonly Role[] = ['employee', 'facility_manager', 'tenant_admin'];
