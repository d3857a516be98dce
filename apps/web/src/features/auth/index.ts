/** What other features may use of auth: the signed-in person, password fields, invite links. */
export { NewPasswordField } from './components/NewPasswordField';
export { WeakPasswordHints } from './components/WeakPasswordHints';
export { authQueryKeys } from './hooks/auth-query-keys';
export { useSession, useSignedInUser } from './hooks/session';
export { inviteLink } from './invite-token';
export type { LoginNoticeState } from './login-notice';
export { passwordUserInputs } from './password-strength/strength-feedback';
