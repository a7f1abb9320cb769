/**
 * The USWDS identifier (designsystem.digital.gov/components/identifier): who runs the site and
 * the required links (accessibility statement, privacy, vulnerability disclosure), all https:.
 */
import type { SiteConfig } from './site-config';
import './official.css';

interface Props {
  config: SiteConfig;
}

export function Identifier({ config }: Props) {
  return (
    <footer className="usa-identifier">
      <section className="usa-identifier__masthead" aria-label="Agency identifier">
        {config.domain ? <p className="usa-identifier__domain">{config.domain}</p> : null}
        <p className="usa-identifier__disclaimer">
          An official website of the{' '}
          {config.agencyUrl ? <a href={config.agencyUrl}>{config.agencyName}</a> : config.agencyName}
        </p>
      </section>
      {config.links.length > 0 ? (
        <nav className="usa-identifier__links" aria-label="Important links">
          <ul>
            {config.links.map((l) => (
              <li key={l.label}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section className="usa-identifier__usagov" aria-label="U.S. government information and services">
        Looking for U.S. government information and services? <a href="https://www.usa.gov/">Visit USA.gov</a>
      </section>
    </footer>
  );
}
