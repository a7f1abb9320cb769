/** A titled panel section: <section> labelled by its h3 (ids from useId, so sections never collide). */
import { useId, type ReactNode } from 'react';

export interface PanelSectionProps {
  title: ReactNode;
  /** true while the section's data loads */
  busy?: boolean;
  /** controls shown beside the heading */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function PanelSection({ title, busy, actions, className, children }: PanelSectionProps) {
  const headingId = useId();
  const heading = <h3 id={headingId}>{title}</h3>;
  return (
    <section className={className ? `panel-section ${className}` : 'panel-section'} aria-labelledby={headingId} aria-busy={busy}>
      {actions ? (
        <div className="panel-section-head">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
