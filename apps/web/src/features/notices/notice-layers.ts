/**
 * A notice body is Markdown: a short first layer, then the full text (WP260 ¶35–36). The API sends it as
 * one document, so the web splits it here: at a thematic break (`---`) when the text has one, otherwise
 * before its second second-level heading. The generated notice is written that way ("# Title", version,
 * "## In brief" with the first layer, then "## 1. Who is responsible" …); a custom text with fewer than two
 * sections shows whole as the first layer.
 */
export interface NoticeLayers {
  firstLayer: string;
  fullText: string;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])( *\1){2,} *$/;
const SECTION_HEADING = /^ {0,3}## /;

export function splitNoticeLayers(body: string): NoticeLayers {
  const lines = body.split(/\r?\n/);
  const breakAt = lines.findIndex((line) => THEMATIC_BREAK.test(line));
  if (breakAt > 0) return layers(lines.slice(0, breakAt), lines.slice(breakAt + 1));
  const sections = lines.flatMap((line, index) => (SECTION_HEADING.test(line) ? [index] : []));
  const fullTextAt = sections[1];
  if (fullTextAt === undefined) return { firstLayer: body.trim(), fullText: '' };
  return layers(lines.slice(0, fullTextAt), lines.slice(fullTextAt));
}

function layers(first: string[], rest: string[]): NoticeLayers {
  return { firstLayer: first.join('\n').trim(), fullText: rest.join('\n').trim() };
}
