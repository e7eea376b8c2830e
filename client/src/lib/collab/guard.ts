import { beforeNavigate } from '$app/navigation';
import type { CollabSession } from './session.svelte';

const QUESTION = 'Some of your latest changes have not reached the server yet. Leave this page and lose them?';

/**
 * Asks before leaving a page whose shared documents hold changes the server has not stored yet
 * (typed offline, or still on their way) and that this browser cannot keep (no IndexedDB): the
 * document lives only in this page until then. Call during component initialisation.
 */
export function guardUnsavedChanges(sessions: () => (CollabSession | null | undefined)[]): void {
  beforeNavigate((nav) => {
    if (!sessions().some((s) => s?.pending && !s.keptLocally)) return;
    // Closing the tab or reloading: cancelling makes the browser ask with its own dialog.
    if (nav.type === 'leave') nav.cancel();
    else if (!confirm(QUESTION)) nav.cancel();
  });
}
