import { Anchor, Title, Typography } from '@mantine/core';
import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';

type HeadingOrder = 2 | 3 | 4 | 5 | 6;

function heading(level: number, topLevel: HeadingOrder) {
  const order = Math.min(6, topLevel + level - 1) as HeadingOrder;
  return function NoticeHeading({ children }: { children?: ReactNode }) {
    return (
      <Title order={order} size={order <= 3 ? 'h4' : 'h5'} mt="md" mb="xs">
        {children}
      </Title>
    );
  };
}

/**
 * A notice's Markdown, rendered by react-markdown WITHOUT raw HTML: `skipHtml` drops any HTML in the text
 * (a custom notice is written by an admin but read by everyone), and no rehype-raw is ever added. Links
 * open in a new tab without handing the notice page to them. Headings start at `topLevel`, below the
 * page's or dialog's own title.
 */
export function NoticeMarkdown({ children, topLevel = 2 }: { children: string; topLevel?: HeadingOrder }) {
  const components: Components = {
    h1: heading(1, topLevel),
    h2: heading(2, topLevel),
    h3: heading(3, topLevel),
    h4: heading(4, topLevel),
    h5: heading(5, topLevel),
    h6: heading(6, topLevel),
    a: ({ href, children: text }) => (
      <Anchor href={href} target="_blank" rel="noopener noreferrer">
        {text}
      </Anchor>
    ),
  };
  return (
    <Typography>
      <Markdown skipHtml components={components}>
        {children}
      </Markdown>
    </Typography>
  );
}
