let probed: boolean | undefined;

/** maplibre-gl 6 needs WebGL2; without it the table view is the dashboard. Probed once per page. */
export function hasWebGL2(): boolean {
  probed ??= probeWebGL2();
  return probed;
}

function probeWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
