/**
 * A panel section fed by one query: skeleton while it loads (aria-busy), the error with
 * Retry when it fails, the content once data is there. Each section handles its own
 * query, so one failing endpoint never blanks the whole panel.
 */
import { useId, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Skeleton } from '../components/Skeleton';
import { SectionError } from '../components/SectionError';

export interface QuerySectionProps<T> {
  /** the section's h3 */
  title: string;
  query: UseQueryResult<T, Error>;
  /** noun for messages: "Loading <what>", "<What> could not be loaded." */
  what: string;
  skeletonLines?: number;
  children: (data: T) => ReactNode;
}

export function QuerySection<T>({ title, query, what, skeletonLines = 3, children }: QuerySectionProps<T>) {
  const headingId = useId();
  const loading = query.data === undefined && !query.error;
  return (
    <section className="panel-section" aria-labelledby={headingId} aria-busy={loading}>
      <h3 id={headingId}>{title}</h3>
      {query.error ? (
        <SectionError
          what={what}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.fetchStatus === 'fetching'}
        />
      ) : null}
      {query.data !== undefined ? children(query.data) : loading ? <Skeleton label={`Loading ${what.toLowerCase()}`} lines={skeletonLines} /> : null}
    </section>
  );
}
