import { formatMoment } from '../data/time-format';

interface Props {
  iso: string;
}

/**
 * A moment in the viewer's time zone; the UTC time is beside it (when the viewer is not on
 * UTC) and in the tooltip, so it can be read aloud to someone in another office.
 */
export function TimeStamp({ iso }: Props) {
  const t = formatMoment(iso);
  if (!t) return <time dateTime={iso}>{iso}</time>;
  return (
    <>
      <time dateTime={iso} title={t.utc}>
        {t.local}
      </time>
      {t.utcBeside ? <span className="time-utc"> ({t.utcBeside})</span> : null}
    </>
  );
}
