/**
 * A coordinator's contact card: name, title, office, email and phone links, Copy and
 * Download vCard. Shared by search results and the state panel. Every API string is
 * rendered as text; only vetted mailto:/tel: hrefs become links.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Coordinator } from '../api/schemas';
import { JURISDICTION_BY_CODE } from '../data/reference';
import { downloadBlob } from '../data/download';
import { mailtoHref, telHref } from '../data/safe-link';
import { contactText, toVCard, vcardFileName, type VCardContact } from '../data/vcard';
import './ContactCard.css';

export interface ContactCardProps {
  coordinator: Coordinator;
  /** heading level of the coordinator's name inside the surrounding outline */
  headingLevel?: 3 | 4;
}

/** CISA region of the coordinator's first jurisdiction, for the vCard organisation. */
function contactOf(c: Coordinator): VCardContact {
  const first = c.jurisdictions[0];
  const regionId = first ? JURISDICTION_BY_CODE.get(first)?.regionId : undefined;
  return {
    name: c.name,
    title: c.title,
    email: c.email,
    phone: c.phone,
    org: regionId ? `CISA Region ${regionId}` : 'CISA',
    office: { address: c.office.address, city: c.office.city, state: c.office.state },
  };
}

async function writeClipboard(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('clipboard unavailable');
  await navigator.clipboard.writeText(text);
}

export function ContactCard({ coordinator, headingLevel = 3 }: ContactCardProps) {
  const headingId = useId();
  const [status, setStatus] = useState('');
  const clearTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (clearTimer.current) clearTimeout(clearTimer.current);
  }, []);

  const announce = (message: string) => {
    setStatus(message);
    if (clearTimer.current) clearTimeout(clearTimer.current);
    clearTimer.current = setTimeout(() => setStatus(''), 6000);
  };

  const contact = contactOf(coordinator);
  const email = mailtoHref(coordinator.email);
  const phone = telHref(coordinator.phone);
  const Heading = headingLevel === 4 ? 'h4' : 'h3';

  const copy = async () => {
    try {
      await writeClipboard(contactText(contact));
      announce('Copied');
    } catch {
      announce('Could not copy: your browser blocked the clipboard. Select the text and copy it instead.');
    }
  };

  const download = () => {
    downloadBlob(new Blob([toVCard(contact)], { type: 'text/vcard;charset=utf-8' }), vcardFileName(coordinator.name));
    announce('vCard downloaded');
  };

  return (
    <article className="contact-card" aria-labelledby={headingId}>
      <Heading id={headingId} className="contact-card-name">
        {coordinator.name}
      </Heading>
      <p className="contact-card-title">{coordinator.title}</p>
      <dl className="contact-card-fields">
        <dt>Office</dt>
        <dd>
          {coordinator.office.address}, {coordinator.office.city}, {coordinator.office.state}
        </dd>
        <dt>Email</dt>
        <dd>{email ? <a href={email}>{coordinator.email}</a> : coordinator.email}</dd>
        <dt>Phone</dt>
        <dd>{phone ? <a href={phone}>{coordinator.phone}</a> : coordinator.phone}</dd>
      </dl>
      <div className="contact-card-actions">
        <button type="button" aria-label={`Copy contact for ${coordinator.name}`} onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" aria-label={`Download vCard for ${coordinator.name}`} onClick={download}>
          Download vCard
        </button>
        <span className="contact-card-status" role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </article>
  );
}
