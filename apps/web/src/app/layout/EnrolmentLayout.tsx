import { LogoutButton } from '../../features/auth/components/LogoutButton';
import { PublicLayout } from './PublicLayout';

/** The mandatory 2FA set-up: no navigation, as nothing else is reachable yet; logging out is. */
export function EnrolmentLayout() {
  return <PublicLayout size={680} headerActions={<LogoutButton />} />;
}
