// Placeholder until the wall display lands (issue 7).
export function WallApp() {
  return <p>Wall display</p>;
}
