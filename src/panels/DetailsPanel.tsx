// Placeholder until the panels land (issue 5).
export function DetailsPanel() {
  return <h2>National summary</h2>;
}
