// Placeholder until the printable brief lands (issue 7).
export function BriefPage() {
  return <p>Regional brief</p>;
}
