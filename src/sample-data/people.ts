/**
 * Fictional people for the sample data. Names are random pairings of common given and
 * family names from many backgrounds; they do not refer to real CISA staff or SWICs.
 * Emails use the reserved example.org domain; phones use the 555-0100..0199 range that
 * is reserved for fictional use.
 */
import type { Rng } from './prng';

export const GIVEN_NAMES = [
  'Amara', 'Mateo', 'Priya', 'Daniel', 'Keiko', 'Marcus', 'Leilani', 'Tomás', 'Fatima', 'Jonah',
  'Mei', 'Rafael', 'Aisha', 'Connor', 'Nadia', 'Samuel', 'Ximena', 'Darius', 'Hana', 'Elijah',
  'Sofia', 'Kwame', 'Ingrid', 'Luis', 'Naomi', 'Tevita', 'Grace', 'Omar', 'Rosa', 'Wyatt',
  'Anjali', 'Malik', 'Chloe', 'Dmitri', 'Yasmin', 'Henry', 'Lucía', 'Kai', 'Esther', 'Nikhil',
  'Talia', 'Bao', 'Renée', 'Joaquín', 'Imani', 'Gabriel', 'Siobhan', 'Ayaan', 'Marisol', 'Theo',
  'Noor', 'Andre', 'Colleen', 'Hiroshi', 'Zainab', 'Caleb', 'Paloma', 'Desmond', 'Alana', 'Viktor',
] as const;

export const FAMILY_NAMES = [
  'Okafor', 'Delgado', 'Raman', 'Whitfield', 'Tanaka', 'Brennan', 'Kahananui', 'Ortiz', 'Haddad', 'Lindqvist',
  'Chen', 'Alvarez', 'Mensah', 'Gallagher', 'Novak', 'Yazzie', 'Castillo', 'Abernathy', 'Nakamura', 'Petrov',
  'Osei', 'Fontaine', 'Sandoval', 'Kowalski', 'Nguyen', 'Afolabi', 'Rasmussen', 'Patel', 'Moreau', 'Tuiasosopo',
  'Quintero', 'Holloway', 'Iyer', 'Barros', 'Sato', 'Ferreira', "O'Donnell", 'Begay', 'Kaur', 'Lindgren',
  'Ashby', 'Varga', 'Pham', 'Reyes', 'Jablonski', 'Acheampong', 'Calloway', 'Santos', 'Dubois', 'Halvorsen',
  'Mahmoud', 'Torres', 'Ellison', 'Kimura', 'Boateng', 'Marsh', 'Aguilar', 'Whitaker', 'Sepúlveda', 'Yilmaz',
] as const;

/** "Lucía O'Donnell" → "lucia.odonnell@example.org" */
export function emailFor(given: string, family: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return `${slug(given)}.${slug(family)}@example.org`;
}

export interface Person {
  name: string;
  email: string;
  phone: string;
}

/**
 * Hands out unique fictional people: no repeated full name, email or phone, and given
 * and family names spread evenly (each reused only after all others have been used).
 * At most 100 people (the size of the 555-01xx range).
 */
export class PeopleFactory {
  private readonly given: string[];
  private readonly family: string[];
  private readonly phones: string[];
  private readonly usedEmails = new Set<string>();
  private count = 0;

  constructor(rng: Rng) {
    this.given = rng.shuffle(GIVEN_NAMES);
    this.family = rng.shuffle(FAMILY_NAMES);
    const numbers = Array.from({ length: 100 }, (_, i) => `+1-202-555-01${String(i).padStart(2, '0')}`);
    this.phones = rng.shuffle(numbers);
  }

  next(): Person {
    const phone = this.phones[this.count];
    if (phone === undefined) throw new Error('PeopleFactory: out of 555-01xx numbers');
    for (let attempt = 0; attempt < this.family.length; attempt++) {
      const i = this.count;
      const round = Math.floor(i / this.given.length);
      const given = this.given[i % this.given.length] ?? 'Alex';
      const family = this.family[(i + round * 13 + attempt) % this.family.length] ?? 'Morgan';
      const email = emailFor(given, family);
      if (this.usedEmails.has(email)) continue;
      this.usedEmails.add(email);
      this.count++;
      return { name: `${given} ${family}`, email, phone };
    }
    throw new Error('PeopleFactory: could not find an unused name');
  }
}
