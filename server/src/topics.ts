import { SubscriptionHub } from './common/hub.js';

/**
 * The subscription topics of this server, with what each carries. Every module declares its own
 * in its index.ts by augmenting this interface (`declare module '../../topics.js'`), so this file
 * imports no module; the hub itself is generic.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declarations
export interface TopicRegistry {}

export type Topics = { [K in keyof TopicRegistry]: TopicRegistry[K] };
export type Topic = keyof Topics;
export type Hub = SubscriptionHub<Topics>;
export const createHub = (): Hub => new SubscriptionHub<Topics>();
