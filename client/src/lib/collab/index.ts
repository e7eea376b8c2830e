export * from './session.svelte';
export * from './identity';
export * from './saved';
export * from './ticket';
export * from './wbs.svelte';
export * from './guard';
export { forgetLocalCopies } from './local';
export * from './rename-watch.svelte';
