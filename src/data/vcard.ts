/**
 * vCard 4.0 (RFC 6350) for a coordinator's contact card: CRLF line endings, lines folded
 * at 75 octets, text escaped (backslash, comma, semicolon, newline). `parseVCard` reads
 * back what `toVCard` writes (and ordinary cards from address books), so a test can
 * prove the round trip.
 */

export interface VCardOffice {
  address: string;
  city: string;
  state: string;
}

export interface VCardContact {
  name: string;
  title: string;
  email: string;
  phone: string;
  /** organisation, e.g. "CISA Region 6" */
  org?: string;
  office?: VCardOffice;
}

export type VCardParse = { ok: true; contact: VCardContact } | { ok: false; reason: string };

const CRLF = '\r\n';
const MAX_OCTETS = 75;

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits on separators not preceded by a backslash escape. */
function splitUnescaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + (value[i + 1] ?? '');
      i++;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

const encoder = new TextEncoder();

/** RFC 6350 §3.2: fold at 75 octets, never inside a UTF-8 sequence or surrogate pair. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** A phone already in global form ("+1-202-555-0143") is a valid tel: URI; anything else stays text. */
const TEL_URI = /^\+\d[\d-]*\d$/;

function nameParts(fullName: string): { family: string; given: string } {
  const words = fullName.trim().split(/\s+/);
  const family = words.length > 1 ? (words.pop() ?? '') : '';
  return { family, given: words.join(' ') };
}

export function toVCard(contact: VCardContact): string {
  const { family, given } = nameParts(contact.name);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeText(contact.name)}`,
    `N:${escapeText(family)};${escapeText(given)};;;`,
    `TITLE:${escapeText(contact.title)}`,
  ];
  if (contact.org) lines.push(`ORG:${escapeText(contact.org)}`);
  lines.push(`EMAIL;TYPE=work:${escapeText(contact.email)}`);
  lines.push(
    TEL_URI.test(contact.phone)
      ? `TEL;VALUE=uri;TYPE="work,voice":tel:${contact.phone}`
      : `TEL;VALUE=text;TYPE="work,voice":${escapeText(contact.phone)}`,
  );
  if (contact.office) {
    const { address, city, state } = contact.office;
    lines.push(`ADR;TYPE=work:;;${escapeText(address)};${escapeText(city)};${escapeText(state)};;`);
  }
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

interface ContentLine {
  name: string;
  params: string;
  value: string;
}

/** "item1.TEL;TYPE=\"a:b\":value" → name TEL, params, value (the first colon outside quotes). */
function parseContentLine(line: string): ContentLine | null {
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === ':' && !inQuotes) {
      const head = line.slice(0, i);
      const semi = head.indexOf(';');
      const fullName = semi < 0 ? head : head.slice(0, semi);
      const name = (fullName.split('.').pop() ?? '').toUpperCase();
      return { name, params: semi < 0 ? '' : head.slice(semi + 1), value: line.slice(i + 1) };
    }
  }
  return null;
}

export function parseVCard(text: string): VCardParse {
  const lines = text
    .replace(/\r\n|\r/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n')
    .filter((l) => l.trim() !== '');
  if (lines[0]?.toUpperCase() !== 'BEGIN:VCARD') return { ok: false, reason: 'not a vCard (no BEGIN:VCARD)' };
  if (!lines.some((l) => l.toUpperCase() === 'END:VCARD')) return { ok: false, reason: 'vCard is not terminated (no END:VCARD)' };

  const fields = new Map<string, ContentLine>();
  for (const line of lines) {
    const parsed = parseContentLine(line);
    if (parsed && !fields.has(parsed.name)) fields.set(parsed.name, parsed);
  }
  const text1 = (name: string) => {
    const f = fields.get(name);
    return f === undefined ? undefined : unescapeText(f.value);
  };

  const name = text1('FN');
  if (!name) return { ok: false, reason: 'vCard has no FN (formatted name)' };
  const tel = fields.get('TEL');
  let phone = '';
  if (tel) phone = /^tel:/i.test(tel.value) ? tel.value.slice(4) : unescapeText(tel.value);

  const contact: VCardContact = {
    name,
    title: text1('TITLE') ?? '',
    email: (text1('EMAIL') ?? '').replace(/^mailto:/i, ''),
    phone,
  };
  const org = fields.get('ORG');
  if (org) contact.org = splitUnescaped(org.value, ';').map(unescapeText).join(', ');
  const adr = fields.get('ADR');
  if (adr) {
    const [, , street = '', city = '', state = ''] = splitUnescaped(adr.value, ';').map(unescapeText);
    contact.office = { address: street, city, state };
  }
  return { ok: true, contact };
}

/** A file name for the download: "jane-doe.vcf". */
export function vcardFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'contact'}.vcf`;
}

/** The plain-text contact a "Copy" button puts on the clipboard. */
export function contactText(contact: VCardContact): string {
  const lines = [contact.name, contact.title];
  if (contact.org) lines.push(contact.org);
  if (contact.office) lines.push(`Office: ${contact.office.address}, ${contact.office.city}, ${contact.office.state}`);
  lines.push(`Email: ${contact.email}`, `Phone: ${contact.phone}`);
  return lines.join('\n');
}
