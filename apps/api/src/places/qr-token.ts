import { randomBytes } from 'node:crypto';

/** 18 random bytes (144 bits) as base64url: 24 characters, unguessable, and short enough for a small QR code. */
export const newQrToken = (): string => randomBytes(18).toString('base64url');

/** What a token can look like; anything else is answered 404 without a query. */
export const QR_TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,32}$/;

/** The address a desk's QR code encodes: the web app's walk-up page for that desk. */
export const deskQrUrl = (origin: string, token: string): string => `${origin.replace(/\/+$/, '')}/d/${token}`;
