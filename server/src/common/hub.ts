import { setMaxListeners } from 'node:events';
import { createPubSub } from '@graphql-yoga/subscription';
/** Topics of a hub: each publishes per project one kind of payload. */
export type TopicMap = Record<string, [projectId: string, payload: unknown]>;

/**
 * The in-process side of subscriptions: the event relay publishes here, graphql-ws subscribers read.
 * Counts subscribers per project so boards are recomputed only where someone watches.
 */
export class SubscriptionHub<Topics extends TopicMap = TopicMap> {
  // One listener per subscriber on one EventTarget: lift Node's default warning threshold of 10.
  private readonly target = (() => {
    const t = new EventTarget();
    setMaxListeners(0, t);
    return t;
  })();
  readonly pubsub = createPubSub<Topics>({ eventTarget: this.target as never }) as ReturnType<typeof createPubSub<Topics>>;
  private readonly watchers = new Map<string, number>();
  /** Enders of open subscriptions per `projectId:userId`, so a removed member stops receiving. */
  private readonly members = new Map<string, Set<() => void>>();

  watching(topic: keyof Topics & string, projectId: string): number {
    return this.watchers.get(`${topic}:${projectId}`) ?? 0;
  }

  /** Ends every open subscription of `userId` to `projectId` (the client gets `complete`). */
  endFor(projectId: string, userId: string): void {
    const key = `${projectId}:${userId}`;
    for (const end of [...(this.members.get(key) ?? [])]) end();
    this.members.delete(key);
  }

  subscribe<T extends keyof Topics & string>(topic: T, projectId: string, userId?: string): AsyncIterable<Topics[T][1]> {
    const key = `${topic}:${projectId}`;
    const source = (this.pubsub.subscribe as unknown as (t: string, id: string) => AsyncIterable<Topics[T][1]>)(topic, projectId);
    const watchers = this.watchers;
    watchers.set(key, (watchers.get(key) ?? 0) + 1);
    let released = false;
    const memberKey = userId ? `${projectId}:${userId}` : null;
    const it = source[Symbol.asyncIterator]();
    const end = () => void it.return?.();
    if (memberKey) this.members.set(memberKey, (this.members.get(memberKey) ?? new Set()).add(end));
    const release = () => {
      if (released) return;
      released = true;
      const n = (watchers.get(key) ?? 1) - 1;
      if (n <= 0) watchers.delete(key);
      else watchers.set(key, n);
      if (memberKey) this.members.get(memberKey)?.delete(end);
    };
    return {
      [Symbol.asyncIterator]() {
        return {
          next: async () => {
            const r = await it.next();
            if (r.done) release();
            return r;
          },
          return: async (v?: unknown) => {
            release();
            return (await it.return?.(v)) ?? { done: true, value: undefined };
          },
          throw: async (e?: unknown) => {
            release();
            if (it.throw) return it.throw(e);
            throw e;
          },
        };
      },
    };
  }

  publish<T extends keyof Topics & string>(topic: T, projectId: string, payload: Topics[T][1]): void {
    (this.pubsub.publish as unknown as (t: string, id: string, p: unknown) => void)(topic, projectId, payload);
  }
}
