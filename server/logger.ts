/** Structured JSON logs (pino). Secrets never reach them: the Authorization header is redacted. */
import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'rcm-api' },
    redact: { paths: ['req.headers.authorization', 'headers.authorization', 'token'], censor: '[redacted]' },
  });
}

export const silentLogger: Logger = pino({ level: 'silent' });
