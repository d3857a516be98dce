import { Skeleton } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';
import type { NoticeMarkdown as NoticeMarkdownType } from './NoticeMarkdown';

// The Markdown renderer (react-markdown and its parser, ~50 kB gzip) loads when a notice is first shown,
// not with the app: the consent gate and the sign-up and invite pages are part of the entry bundle.
const NoticeMarkdown = lazy(() => import('./NoticeMarkdown').then((module) => ({ default: module.NoticeMarkdown })));

export function LazyNoticeMarkdown(props: ComponentProps<typeof NoticeMarkdownType>) {
  return (
    <Suspense fallback={<Skeleton height={120} />}>
      <NoticeMarkdown {...props} />
    </Suspense>
  );
}
