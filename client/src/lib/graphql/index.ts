export * from './request';
export * from './live.svelte';
export * as ops from './operations';
export type * from './types';
