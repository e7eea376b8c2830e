import { errorMessage } from '$lib/graphql';

/**
 * A destructive action waiting for the user's yes: what it applies to, whether its dialog is open,
 * busy, and the error of the last attempt (the dialog stays open on failure).
 */
export class Confirmation<T> {
  target = $state<T | null>(null);
  open = $state(false);
  busy = $state(false);
  error = $state<string | null>(null);

  constructor(private readonly action: (target: T) => Promise<void>) {}

  ask(target: T): void {
    this.target = target;
    this.error = null;
    this.open = true;
  }

  async confirm(): Promise<void> {
    const target = this.target;
    if (target === null) return;
    this.busy = true;
    this.error = null;
    try {
      await this.action(target);
      this.open = false;
      this.target = null;
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }
}
