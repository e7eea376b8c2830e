import { request, resetSharedLive, ops } from '$lib/graphql';
import type { User } from '$lib/graphql/types';
import { forgetLocalCopies } from '$lib/collab/local';

/** Who is signed in. `status` is 'unknown' until the first `load()` answers. */
class Session {
  viewer = $state<User | null>(null);
  status = $state<'unknown' | 'loading' | 'ready' | 'error'>('unknown');
  error = $state<string | null>(null);
  #pending: Promise<User | null> | null = null;

  /** Asks the server who the viewer is (once; `force` asks again). */
  load(force = false): Promise<User | null> {
    if (!force && this.status === 'ready') return Promise.resolve(this.viewer);
    if (this.#pending) return this.#pending;
    this.status = 'loading';
    this.#pending = request(ops.VIEWER)
      .then((d) => {
        this.viewer = d.viewer;
        this.status = 'ready';
        this.error = null;
        return d.viewer;
      })
      .catch((e: unknown) => {
        this.status = 'error';
        this.error = e instanceof Error ? e.message : String(e);
        throw e;
      })
      .finally(() => {
        this.#pending = null;
      });
    return this.#pending;
  }

  async signIn(email: string, password: string): Promise<User> {
    const d = await request(ops.SIGN_IN, { input: { email, password } });
    this.#set(d.signIn.user);
    return d.signIn.user;
  }

  async signUp(name: string, email: string, password: string): Promise<User> {
    const d = await request(ops.SIGN_UP, { input: { name, email, password } });
    this.#set(d.signUp.user);
    return d.signUp.user;
  }

  async signOut(): Promise<void> {
    try {
      await request(ops.SIGN_OUT);
    } finally {
      this.#set(null);
      // Shared documents kept in this browser for offline editing go with the sign-in.
      await forgetLocalCopies();
    }
  }

  #set(user: User | null) {
    // The live connection authenticated with the old cookie: open a new one next time.
    resetSharedLive();
    this.viewer = user;
    this.status = 'ready';
    this.error = null;
  }
}

export const session = new Session();
