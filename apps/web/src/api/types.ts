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
export type Passkey = Schemas['PasskeyDto'];

export const ROLES: readonly Role[] = ['employee', 'facility_manager', 'tenant_admin'];

/** A site of the organization ("location" in the API; named so it never shadows the DOM's `Location`). */
export type OfficeLocation = Schemas['LocationDto'];
export type OpeningHours = Schemas['OpeningHoursDto'];
export type DayHours = Schemas['DayHoursDto'];
export type Floor = Schemas['FloorDto'];
export type FloorWithDesks = Schemas['FloorWithDesksDto'];
export type Desk = Schemas['DeskDto'];
export type DeskAvailability = Schemas['DeskAvailabilityDto'];
export type DeskStatus = DeskAvailability['status'];
export type AvailabilityBooking = Schemas['AvailabilityBookingDto'];
export type Booking = Schemas['BookingDto'];
/** A scanned desk QR code: the desk, the caller's booking there, and what can be booked now. */
export type DeskScan = Schemas['DeskScanDto'];
export type MemberDirectoryEntry = Schemas['MemberDirectoryEntryDto'];
export type ColleagueBooking = Schemas['ColleagueBookingDto'];
