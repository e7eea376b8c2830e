// What the e2e project's global setup (server/test/global-setup.ts) provides to test files.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    dbAdminUrl: string;
    templateDb: string;
    dbPrefix: string;
  }
}
