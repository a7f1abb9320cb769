/** A jurisdiction name that selects it (?state=XX); the name is API text, rendered as text. */
import { useUrlState } from '../url/use-url-state';

export function JurisdictionButton({ code, name }: { code: string; name: string }) {
  const { navigate } = useUrlState();
  return (
    <button type="button" className="link-button" onClick={() => navigate({ state: code, region: null })}>
      {name}
    </button>
  );
}
