import { describe, expect, it } from 'vitest';
import { decodeCssEscapes, loadsExternalResource, sanitizeStyle } from './svg-style.js';

describe('decodeCssEscapes', () => {
  it('decodes hex escapes with their optional space, escaped characters and escaped newlines', () => {
    expect(decodeCssEscapes(String.raw`u\72l(`)).toBe('url(');
    expect(decodeCssEscapes(String.raw`\75 \72 \6C (`)).toBe('url(');
    expect(decodeCssEscapes(String.raw`\000075rl`)).toBe('url');
    expect(decodeCssEscapes('u\\\nrl')).toBe('url');
    expect(decodeCssEscapes(String.raw`\u\r\l\(`)).toBe('url(');
    expect(decodeCssEscapes(String.raw`\0 \110000`)).toBe('\ufffd\ufffd');
  });
});

describe('loadsExternalResource', () => {
  it('finds url(), image-set() and friends however they are written', () => {
    for (const value of [
      'url(https://evil.example/x)',
      String.raw`u\72l(https://evil.example/x)`,
      'u/**/rl(https://evil.example/x)',
      "image-set('https://evil.example/z' 1x)",
      "-webkit-image-set('https://evil.example/z' 1x)",
      "image('https://evil.example/z')",
      'cross-fade(url(a), url(b))',
      '@import "https://evil.example/s.css"',
      'expression(alert(1))',
      'URL( "https://evil.example/x" )',
    ]) {
      expect(loadsExternalResource(value), value).toBe(true);
    }
  });

  it('lets references inside the document and plain values through', () => {
    for (const value of ['url(#gradient)', "url('#clip-1')", '#336699', 'rgb(1, 2, 3)', 'none', '10 20 30 40']) {
      expect(loadsExternalResource(value), value).toBe(false);
    }
  });
});

describe('sanitizeStyle', () => {
  it('keeps allowed presentation properties with plain values', () => {
    expect(sanitizeStyle('fill:#3366cc;stroke-width:2; font-family: "Open Sans", sans-serif')).toBe(
      'fill: #3366cc; stroke-width: 2; font-family: "Open Sans", sans-serif',
    );
    expect(sanitizeStyle('fill: url(#grad); transform: rotate(45deg) translate(1px, 2px)')).toBe(
      'fill: url(#grad); transform: rotate(45deg) translate(1px, 2px)',
    );
  });

  it('drops declarations that load from outside, even escaped, and properties not on the list', () => {
    expect(sanitizeStyle(String.raw`fill:u\72l(https://evil.example/x)`)).toBe('');
    expect(sanitizeStyle("fill: red; background: image-set('https://evil.example/z' 1x)")).toBe('fill: red');
    expect(sanitizeStyle(String.raw`\66 ill:url(https://evil.example/x); stroke: blue`)).toBe('stroke: blue');
    expect(sanitizeStyle('behavior: url(x.htc); -moz-binding: url(x); content: "x"')).toBe('');
    expect(sanitizeStyle('fill: var(--x); stroke: attr(data-x)')).toBe('');
  });

  it('refuses what would still decode to something else (no second round of escapes)', () => {
    expect(sanitizeStyle(String.raw`fill: \5c 75rl(https://evil.example/x)`)).toBe('');
    expect(sanitizeStyle(String.raw`fill: red\3b background: blue`)).toBe('fill: red');
  });
});
