/**
 * E-mail domains of single sign-on: what an admin types ("@Example.COM ", "example.com.") becomes one
 * canonical form, and an address's domain is compared in that form.
 */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** The canonical domain, or null when the text is not a domain name (at least two labels). */
export function normalizeDomain(text: string): string | null {
  const domain = text.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  if (domain.length === 0 || domain.length > 253) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  // The last label is a top-level domain: never all digits (that would be an IP address).
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return null;
  return domain;
}

/** The canonical domains of a list, without repeats; `invalid` names what is not a domain. */
export function normalizeDomains(texts: readonly string[]): { domains: string[]; invalid: string[] } {
  const domains = new Set<string>();
  const invalid: string[] = [];
  for (const text of texts) {
    const domain = normalizeDomain(text);
    if (domain) domains.add(domain);
    else invalid.push(text);
  }
  return { domains: [...domains].sort(), invalid };
}

/** The domain of an e-mail address, canonical, or null when the address has none. */
export function domainOfEmail(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at > 0 ? normalizeDomain(email.slice(at + 1)) : null;
}
