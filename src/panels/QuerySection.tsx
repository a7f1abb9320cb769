/**
 * A panel section fed by one query: skeleton while it loads (aria-busy), the error with
 * Retry when it fails, the content once data is there. Each section handles its own
 * query, so one failing endpoint never blanks the whole panel.
 */
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Skeleton } from '../ui/Skeleton';
import { SectionError } from '../ui/SectionError';
import { PanelSection } from './PanelSection';

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
  const loading = query.data === undefined && !query.error;
  return (
    <PanelSection title={title} busy={loading}>
      {query.error ? (
        <SectionError what={what} error={query.error} query={query} />
      ) : null}
      {query.data !== undefined ? children(query.data) : loading ? <Skeleton label={`Loading ${what.toLowerCase()}`} lines={skeletonLines} /> : null}
    </PanelSection>
  );
}
