/** Every entity, as the modules contribute them (see composition.ts). */
export { entities } from '../composition.js';
