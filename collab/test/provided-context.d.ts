// The values the shared global setup (server/test/global-setup.ts) provides to every test file.
declare module 'vitest' {
  export interface ProvidedContext {
    dbAdminUrl: string;
    templateDb: string;
    dbPrefix: string;
  }
}
export {};
