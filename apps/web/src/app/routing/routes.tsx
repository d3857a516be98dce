import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { PageSkeleton } from '../../components/PageSkeleton';
import { AccountPage } from '../../features/account/pages/AccountPage';
import { AcceptInvitePage } from '../../features/auth/pages/AcceptInvitePage';
import { ConfirmEmailPage } from '../../features/auth/pages/ConfirmEmailPage';
import { ForgotPasswordPage } from '../../features/auth/pages/ForgotPasswordPage';
import { ResetPasswordPage } from '../../features/auth/pages/ResetPasswordPage';
import { LoginPage } from '../../features/auth/pages/LoginPage';
import { SignupPage } from '../../features/auth/pages/SignupPage';
import { BookPage } from '../../features/booking/pages/BookPage';
import { ConsentGate } from '../../features/notices/components/ConsentGate';
import { TOTP_SETUP_PATH } from '../../features/security/enrolment';
import { AppShellLayout } from '../layout/AppShellLayout';
import { EnrolmentLayout } from '../layout/EnrolmentLayout';
import { PublicLayout } from '../layout/PublicLayout';
import {
  ANALYTICS_PATH,
  COLLEAGUES_PATH,
  FLOOR_PLANS_PATH,
  HOME_PATH,
  MY_BOOKINGS_PATH,
  MY_DATA_PATH,
  WALK_UP_PATH,
  NOTICE_ADMIN_PATH,
  PRIVACY_PATH,
  SECURITY_PATH,
} from '../../lib/paths';
import { rolesForNavItem, type NavItemId } from '../navigation';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundRoute } from './NotFoundRoute';
import { RedirectIfSignedIn } from './RedirectIfSignedIn';
import { RequireAuth } from './RequireAuth';
import { RequireRole } from './RequireRole';
import { RequireTotpEnrolment } from './RequireTotpEnrolment';
import { RouteErrorPage } from './RouteErrorPage';

// Admin pages are a small minority of visits: their code loads on first use.
const UsersPage = lazy(() => import('../../features/users/pages/UsersPage').then((module) => ({ default: module.UsersPage })));
const SettingsPage = lazy(() => import('../../features/settings/pages/SettingsPage').then((module) => ({ default: module.SettingsPage })));
const AuditLogPage = lazy(() => import('../../features/audit/pages/AuditLogPage').then((module) => ({ default: module.AuditLogPage })));
// The floor editor (Leaflet, forms) is for facility managers and admins only.
const FloorEditorPage = lazy(() =>
  import('../../features/floor-editor/pages/FloorEditorPage').then((module) => ({ default: module.FloorEditorPage })),
);
// Analytics brings the chart library (recharts): its own chunk, for facility managers and admins only.
const AnalyticsPage = lazy(() =>
  import('../../features/analytics/pages/AnalyticsPage').then((module) => ({ default: module.AnalyticsPage })),
);
// The page a desk's QR code opens: phones at the desk, small and on its own.
const WalkUpPage = lazy(() => import('../../features/booking/pages/WalkUpPage').then((module) => ({ default: module.WalkUpPage })));
const ColleaguesPage = lazy(() =>
  import('../../features/colleagues/pages/ColleaguesPage').then((module) => ({ default: module.ColleaguesPage })),
);
const MyBookingsPage = lazy(() =>
  import('../../features/booking/pages/MyBookingsPage').then((module) => ({ default: module.MyBookingsPage })),
);
// Security settings and My data are visited rarely, the enrolment screen once per person.
const SecurityPage = lazy(() => import('../../features/security/pages/SecurityPage').then((module) => ({ default: module.SecurityPage })));
const MyDataPage = lazy(() => import('../../features/privacy/pages/MyDataPage').then((module) => ({ default: module.MyDataPage })));
const PrivacyPage = lazy(() => import('../../features/notices/pages/PrivacyPage').then((module) => ({ default: module.PrivacyPage })));
const NoticeAdminPage = lazy(() =>
  import('../../features/notices/pages/NoticeAdminPage').then((module) => ({ default: module.NoticeAdminPage })),
);
const SetupTwoFactorPage = lazy(() =>
  import('../../features/security/pages/SetupTwoFactorPage').then((module) => ({
    default: module.SetupTwoFactorPage,
  })),
);

/** A page guarded by the same role list its navigation entry uses. */
function restricted(id: NavItemId, path: string, element: ReactNode): RouteObject {
  return { element: <RequireRole roles={rolesForNavItem(id)} />, children: [{ path, element }] };
}

export const routes: RouteObject[] = [
  {
    // Anything that throws while rendering a page (or a page's code failing to download) lands here.
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/', element: <HomeRedirect /> },
      {
        element: <PublicLayout />,
        children: [
          {
            element: <RedirectIfSignedIn />,
            children: [
              { path: '/login', element: <LoginPage /> },
              { path: '/signup', element: <SignupPage /> },
              { path: '/forgot-password', element: <ForgotPasswordPage /> },
            ],
          },
          { path: '/accept-invite', element: <AcceptInvitePage /> },
          // Opened from mails: a link works whoever is signed in in this browser.
          { path: '/reset-password', element: <ResetPasswordPage /> },
          { path: '/confirm-email', element: <ConfirmEmailPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <EnrolmentLayout />,
            children: [
              {
                path: TOTP_SETUP_PATH,
                element: (
                  <Suspense fallback={<PageSkeleton />}>
                    <SetupTwoFactorPage />
                  </Suspense>
                ),
              },
            ],
          },
          {
            element: <RequireTotpEnrolment />,
            children: [
              {
                element: <AppShellLayout />,
                children: [
                  {
                    // The booking pages wait for the person to confirm the current privacy notice (when the
                    // organization asks for it); everything else stays usable meanwhile.
                    element: <ConsentGate />,
                    children: [
                      { path: HOME_PATH, element: <BookPage /> },
                      { path: MY_BOOKINGS_PATH, element: <MyBookingsPage /> },
                      { path: WALK_UP_PATH, element: <WalkUpPage /> },
                      { path: COLLEAGUES_PATH, element: <ColleaguesPage /> },
                    ],
                  },
                  restricted('floorPlans', FLOOR_PLANS_PATH, <FloorEditorPage />),
                  restricted('analytics', ANALYTICS_PATH, <AnalyticsPage />),
                  { path: '/account', element: <AccountPage /> },
                  { path: SECURITY_PATH, element: <SecurityPage /> },
                  { path: MY_DATA_PATH, element: <MyDataPage /> },
                  { path: PRIVACY_PATH, element: <PrivacyPage /> },
                  restricted('users', '/admin/users', <UsersPage />),
                  restricted('settings', '/admin/settings', <SettingsPage />),
                  restricted('notice', NOTICE_ADMIN_PATH, <NoticeAdminPage />),
                  restricted('audit', '/admin/audit', <AuditLogPage />),
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
