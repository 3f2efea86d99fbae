import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState } from '../components/ErrorState.tsx';
import { NotFound } from '../components/NotFound.tsx';

/** A route's loader or render failed: unknown ids get the not-found page, everything else an error with retry. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return <ErrorState error={error} />;
}
