import { useRef, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '@/api/session';
import { PageLoader } from '@/components/page-loader';

/** Guards the signed-in part of the app; the sign-in page brings the person back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['auth', 'common']);
  const { status } = useSession();
  const location = useLocation();
  // Seen signed in during this visit and now signed out: they chose to leave, so no `?next=` back.
  const wasSignedIn = useRef(false);
  if (status === 'signed_in') wasSignedIn.current = true;

  if (status === 'restoring') return <PageLoader label={t('auth:restoring')} />;
  if (status === 'signed_out') {
    const here = `${location.pathname}${location.search}${location.hash}`;
    const to = here === '/' || wasSignedIn.current ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`;
    // The sign-in page is its own chunk; say something while it downloads rather than go blank.
    return (
      <>
        <Navigate to={to} replace />
        <PageLoader label={t('common:loading')} />
      </>
    );
  }
  return children;
}
