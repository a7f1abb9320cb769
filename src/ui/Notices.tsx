interface Props {
  notices: string[];
  onDismiss: () => void;
}

export function Notices({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
