import { Container } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { NotFoundPage } from '@/components/not-found-page';

/**
 * The router's error element: a page that failed to load (lazy chunk) or threw while loading.
 * "Thử lại" navigates to the same address again, which clears the error and re-runs the route.
 */
export function RouteError({ fullPage = false }: { fullPage?: boolean }) {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  const queryErrors = useQueryErrorResetBoundary();
  const retry = () => {
    // A page that threw a failed query would otherwise throw the cached error again at once.
    queryErrors.reset();
    void navigate(location, { replace: true });
  };

  const content =
    isRouteErrorResponse(error) && error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <ErrorPanel error={error} onRetry={retry} />
    );
  return fullPage ? (
    <Container size="sm" py="xl">
      {content}
    </Container>
  ) : (
    content
  );
}
