/**
 * The USWDS "official website" banner (designsystem.digital.gov/components/banner): a
 * disclosure that explains .gov and HTTPS. Rendered only when the deployment says it is an
 * official site (site-config.ts); images come from @uswds/uswds and are bundled, never fetched.
 */
import { useId, useState } from 'react';
import flagUrl from '@uswds/uswds/img/us_flag_small.png';
import dotGovUrl from '@uswds/uswds/img/icon-dot-gov.svg';
import httpsUrl from '@uswds/uswds/img/icon-https.svg';
import './official.css';

export function Banner() {
  const [open, setOpen] = useState(false);
  const contentId = useId();
  return (
    <section className="usa-banner" aria-label="Official website of the United States government">
      <header className="usa-banner__header">
        <img className="usa-banner__header-flag" src={flagUrl} alt="" width="16" height="11" />
        <p className="usa-banner__header-text">An official website of the United States government</p>
        <button
          type="button"
          className="usa-banner__button"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen((o) => !o)}
        >
          Here’s how you know
        </button>
      </header>
      <div className="usa-banner__content" id={contentId} hidden={!open}>
        <div className="usa-banner__guidance">
          <img className="usa-banner__icon" src={dotGovUrl} alt="" width="40" height="40" />
          <p>
            <strong>Official websites use .gov</strong>
            <br />A <strong>.gov</strong> website belongs to an official government organization in the United States.
          </p>
        </div>
        <div className="usa-banner__guidance">
          <img className="usa-banner__icon" src={httpsUrl} alt="" width="40" height="40" />
          <p>
            <strong>Secure .gov websites use HTTPS</strong>
            <br />A <strong>lock</strong> (<span aria-hidden="true">🔒</span>
            <span className="visually-hidden">a locked padlock</span>) or <strong>https://</strong> means you’ve safely
            connected to the .gov website. Share sensitive information only on official, secure websites.
          </p>
        </div>
      </div>
    </section>
  );
}
