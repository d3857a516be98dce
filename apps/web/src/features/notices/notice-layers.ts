/**
 * A notice body is Markdown: a short first layer, then the full text (WP260 ¶35–36). The API sends it as
 * one document, so the web splits it here: at a thematic break (`---`) when the text has one, otherwise
 * at the first second-level heading that follows some text (the generated notice's first layer is its
 * title and a short summary; a custom text without either shows whole as the first layer).
 */
export interface NoticeLayers {
  firstLayer: string;
  fullText: string;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])( *\1){2,} *$/;
const SECTION_HEADING = /^ {0,3}## /;
const ANY_HEADING = /^ {0,3}#{1,6} /;

export function splitNoticeLayers(body: string): NoticeLayers {
  const lines = body.split(/\r?\n/);
  const breakAt = lines.findIndex((line) => THEMATIC_BREAK.test(line));
  if (breakAt > 0) return layers(lines.slice(0, breakAt), lines.slice(breakAt + 1));
  let seenText = false;
  for (const [index, line] of lines.entries()) {
    if (SECTION_HEADING.test(line) && seenText) return layers(lines.slice(0, index), lines.slice(index));
    if (line.trim() !== '' && !ANY_HEADING.test(line)) seenText = true;
  }
  return { firstLayer: body.trim(), fullText: '' };
}

function layers(first: string[], rest: string[]): NoticeLayers {
  return { firstLayer: first.join('\n').trim(), fullText: rest.join('\n').trim() };
}
