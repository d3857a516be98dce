import { Foundation1764000000000 } from './1764000000000-Foundation.js';
import { AccountSecurity1764100000000 } from './1764100000000-AccountSecurity.js';
import { PlacesAndBookings1764200000000 } from './1764200000000-PlacesAndBookings.js';
import { Anonymization1764300000000 } from './1764300000000-Anonymization.js';
import { LeanBookingIndexes1764400000000 } from './1764400000000-LeanBookingIndexes.js';
import { BookingAddedStamp1764500000000 } from './1764500000000-BookingAddedStamp.js';
import { IdempotencyRequestHash1764600000000 } from './1764600000000-IdempotencyRequestHash.js';
import { InvitesWithoutAccounts1764610000000 } from './1764610000000-InvitesWithoutAccounts.js';
import { VisibilityCeiling1764700000000 } from './1764700000000-VisibilityCeiling.js';
import { PrivacyNotices1764800000000 } from './1764800000000-PrivacyNotices.js';
import { UtilizationAnalytics1764900000000 } from './1764900000000-UtilizationAnalytics.js';
import { BookingSeriesAndStaffNotes1765000000000 } from './1765000000000-BookingSeriesAndStaffNotes.js';
import { DeskFavourites1765000100000 } from './1765000100000-DeskFavourites.js';
import { ColleagueSearchAndCalendarFeeds1765000200000 } from './1765000200000-ColleagueSearchAndCalendarFeeds.js';
import { DeskQrTokens1765000300000 } from './1765000300000-DeskQrTokens.js';
import { DeskBlocks1765000400000 } from './1765000400000-DeskBlocks.js';
import { MailOutboxAndSignupRequests1766000000000 } from './1766000000000-MailOutboxAndSignupRequests.js';
import { PasswordResets1766000100000 } from './1766000100000-PasswordResets.js';
import { SsoConnections1766000200000 } from './1766000200000-SsoConnections.js';
import { Passkeys1766000300000 } from './1766000300000-Passkeys.js';
import { MailPreferences1766000400000 } from './1766000400000-MailPreferences.js';

/** Every migration, oldest first. Landed migrations are never edited; add a new one instead. */
export const MIGRATIONS = [Foundation1764000000000, AccountSecurity1764100000000, PlacesAndBookings1764200000000, Anonymization1764300000000, LeanBookingIndexes1764400000000, BookingAddedStamp1764500000000, IdempotencyRequestHash1764600000000, InvitesWithoutAccounts1764610000000, VisibilityCeiling1764700000000, PrivacyNotices1764800000000, UtilizationAnalytics1764900000000, BookingSeriesAndStaffNotes1765000000000, DeskFavourites1765000100000, ColleagueSearchAndCalendarFeeds1765000200000, DeskQrTokens1765000300000, DeskBlocks1765000400000, MailOutboxAndSignupRequests1766000000000, PasswordResets1766000100000, SsoConnections1766000200000, Passkeys1766000300000, MailPreferences1766000400000];
