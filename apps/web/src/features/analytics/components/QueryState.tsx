import { Skeleton } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** The skeleton's height: roughly what the content will take. */
  height: number;
  children: (data: T) => ReactNode;
}

/** A card's content once its query answered; a skeleton of its size before, an error with retry if it failed. */
export function QueryState<T>({ query, height, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <Skeleton height={height} role="status" aria-busy="true" aria-label={t('states.loading')} />;
  return <>{children(query.data)}</>;
}
