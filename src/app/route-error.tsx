import { Container } from '@mantine/core';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ErrorBoundary } from '@/components/error-boundary';

const fullPage = (panel: ReactElement) => (
  <Container size="sm" py="xl">
    {panel}
  </Container>
);

/**
 * Around everything the routes render: a page outside the shell (sign-in) that failed to load or
 * threw shows a full-page error panel. Pages inside the shell have their own boundary there
 * (`AppLayout`), so the navbar stays. Going elsewhere clears it; "Thử lại" renders again, with
 * failed queries reset so that a page does not throw the cached error again at once.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary resetKey={location.key} onReset={reset} frame={fullPage}>
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
