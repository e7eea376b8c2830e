/** The structured logger the service writes through; the host decides where lines go. */
export interface CollabLogger {
  debug?(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** Discards everything: the default, so an embedding process never gets console noise it did not ask for. */
export const silentLogger: CollabLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};
