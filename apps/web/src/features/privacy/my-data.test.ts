import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { canSubmitErasure, companyExportFileName, erasureFailure, myDataFileName } from './my-data';

describe('companyExportFileName', () => {
  it('names the company export after the local day', () => {
    expect(companyExportFileName(new Date(2025, 2, 7, 23, 30))).toBe('deskbook-export-2025-03-07.json');
  });
});

describe('myDataFileName', () => {
  it('names the download after the local calendar day', () => {
    expect(myDataFileName(new Date(2025, 2, 7, 23, 30))).toBe('deskbook-my-data-2025-03-07.json');
    expect(myDataFileName(new Date(2026, 11, 31, 0, 5))).toBe('deskbook-my-data-2026-12-31.json');
  });
});

describe('canSubmitErasure', () => {
  it('needs both the password and the typed word', () => {
    expect(canSubmitErasure({ password: 'secret', typed: 'DELETE' }, 'DELETE')).toBe(true);
    expect(canSubmitErasure({ password: 'secret', typed: 'delete ' }, 'DELETE')).toBe(true);
    expect(canSubmitErasure({ password: '', typed: 'DELETE' }, 'DELETE')).toBe(false);
    expect(canSubmitErasure({ password: 'secret', typed: '' }, 'DELETE')).toBe(false);
    expect(canSubmitErasure({ password: 'secret', typed: 'DELETE' }, 'LÖSCHEN')).toBe(false);
  });
});

describe('erasureFailure', () => {
  it('maps a wrong password to the password field', () => {
    expect(erasureFailure(new ApiError(401, 'INVALID_CREDENTIALS', 'wrong'))).toBe('wrong-password');
    expect(erasureFailure(new ApiError(403, 'PASSWORD_INCORRECT', 'wrong'))).toBe('wrong-password');
  });

  it('recognizes the last administrator', () => {
    expect(erasureFailure(new ApiError(409, 'LAST_ADMIN', 'last'))).toBe('last-admin');
  });

  it('leaves anything else to the general error text', () => {
    expect(erasureFailure(new ApiError(500, 'INTERNAL_ERROR', 'boom'))).toBe('other');
    expect(erasureFailure(new Error('boom'))).toBe('other');
  });
});
