import { describe, expect, it } from 'vitest';
import { contactText, escapeText, foldLine, parseVCard, toVCard, unescapeText, vcardFileName, type VCardContact } from '../../src/data/vcard';

const jane: VCardContact = {
  name: 'Jane Doe',
  title: 'Emergency Communications Coordinator',
  email: 'jane.doe@example.org',
  phone: '+1-202-555-0143',
  org: 'CISA Region 6',
  office: { address: '210 Harborview Plaza, Suite 600', city: 'Irving', state: 'TX' },
};

describe('toVCard', () => {
  it('writes a vCard 4.0 with CRLF line endings', () => {
    const card = toVCard(jane);
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(card).toContain('FN:Jane Doe\r\n');
    expect(card).toContain('N:Doe;Jane;;;\r\n');
    expect(card).toContain('TEL;VALUE=uri;TYPE="work,voice":tel:+1-202-555-0143\r\n');
    expect(card).toContain('EMAIL;TYPE=work:jane.doe@example.org\r\n');
    expect(card).toContain('ADR;TYPE=work:;;210 Harborview Plaza\\, Suite 600;Irving;TX;;\r\n');
  });

  it('escapes backslash, comma, semicolon and newlines', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
    expect(unescapeText('a\\\\b\\,c\\;d\\ne\\Nf')).toBe('a\\b,c;d\ne\nf');
    const card = toVCard({ ...jane, title: 'Coordinator; Region 6, \\ lead\nsecond line' });
    expect(card).toContain('TITLE:Coordinator\\; Region 6\\, \\\\ lead\\nsecond line\r\n');
  });

  it('folds lines longer than 75 octets without splitting a character', () => {
    const long = `${'Ü'.repeat(50)} ${'x'.repeat(80)}`;
    const card = toVCard({ ...jane, title: long });
    for (const line of card.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps a phone that is not a global number as text', () => {
    expect(toVCard({ ...jane, phone: '(202) 555-0143 ext. 7' })).toContain('TEL;VALUE=text;TYPE="work,voice":(202) 555-0143 ext. 7');
  });
});

describe('parseVCard', () => {
  it('parses back to the same contact', () => {
    expect(parseVCard(toVCard(jane))).toEqual({ ok: true, contact: jane });
  });

  it('round-trips hostile and long text', () => {
    const odd: VCardContact = {
      name: 'Zoë O’Brien-Łukasiewicz; Jr., \\ "Q"',
      title: `Line one\nLine two, with; ${'long '.repeat(30)}`,
      email: 'zoe@example.org',
      phone: '(202) 555-0199',
      org: 'CISA; Region 9',
      office: { address: '1 Pier, Suite 5;\nFloor 2', city: 'Oakland', state: 'CA' },
    };
    expect(parseVCard(toVCard(odd))).toEqual({ ok: true, contact: odd });
  });

  it('reads cards from other writers (LF endings, tab folding, groups, mailto)', () => {
    const text = 'BEGIN:VCARD\nVERSION:4.0\nFN:Sam\n Lee\nitem1.EMAIL:mailto:sam@example.org\nTEL:tel:+1-202-555-0100\nEND:VCARD\n';
    expect(parseVCard(text)).toEqual({
      ok: true,
      contact: { name: 'SamLee', title: '', email: 'sam@example.org', phone: '+1-202-555-0100' },
    });
  });

  it('rejects what is not a vCard', () => {
    expect(parseVCard('hello')).toMatchObject({ ok: false });
    expect(parseVCard('BEGIN:VCARD\r\nFN:x\r\n')).toMatchObject({ ok: false });
    expect(parseVCard('BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n')).toMatchObject({ ok: false });
  });
});

describe('helpers', () => {
  it('names the file after the person', () => {
    expect(vcardFileName('Zoë O’Brien')).toBe('zoe-o-brien.vcf');
    expect(vcardFileName('<>')).toBe('contact.vcf');
  });
  it('writes a plain-text contact for the clipboard', () => {
    expect(contactText(jane)).toBe(
      'Jane Doe\nEmergency Communications Coordinator\nCISA Region 6\nOffice: 210 Harborview Plaza, Suite 600, Irving, TX\nEmail: jane.doe@example.org\nPhone: +1-202-555-0143',
    );
  });
});
