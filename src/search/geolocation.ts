/**
 * "Use my location": navigator.geolocation as a promise, with every failure turned into
 * a sentence that says what happened and what to do instead.
 */

export type LocateResult = { ok: true; lat: number; lon: number } | { ok: false; message: string };

const FALLBACK = 'Type a place, ZIP code or coordinates instead.';

export const GEOLOCATION_MESSAGES = {
  unsupported: `This browser cannot share your location. ${FALLBACK}`,
  insecure: `Location is only available on a secure (https) page. ${FALLBACK}`,
  denied: `Location permission was denied. Allow location for this site in your browser settings, or ${FALLBACK.charAt(0).toLowerCase()}${FALLBACK.slice(1)}`,
  unavailable: `Your location is unavailable right now (no position from the device). ${FALLBACK}`,
  timeout: `Finding your location took too long. Try again, or ${FALLBACK.charAt(0).toLowerCase()}${FALLBACK.slice(1)}`,
} as const;

/** Maps a GeolocationPositionError code (1 denied, 2 unavailable, 3 timeout) to a message. */
export function geolocationErrorMessage(code: number): string {
  if (code === 1) return GEOLOCATION_MESSAGES.denied;
  if (code === 3) return GEOLOCATION_MESSAGES.timeout;
  return GEOLOCATION_MESSAGES.unavailable;
}

export function locateUser(
  geolocation: Geolocation | undefined = typeof navigator === 'undefined' ? undefined : navigator.geolocation,
  timeoutMs = 10_000,
): Promise<LocateResult> {
  if (typeof window !== 'undefined' && window.isSecureContext === false) {
    return Promise.resolve({ ok: false, message: GEOLOCATION_MESSAGES.insecure });
  }
  if (!geolocation) return Promise.resolve({ ok: false, message: GEOLOCATION_MESSAGES.unsupported });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      (pos) => resolve({ ok: true, lat: pos.coords.latitude, lon: pos.coords.longitude }),
      (err) => resolve({ ok: false, message: geolocationErrorMessage(err.code) }),
      { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 5 * 60_000 },
    );
  });
}
