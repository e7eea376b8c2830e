/** MS Project XML (MSPDI) exchange for Trellis plan documents. */
export { importMspdi, type MspdiImport } from './import.js';
export { exportMspdi, type MspdiExportOptions } from './export.js';
export { MspdiError } from './xml-tree.js';
export type { UnmappedItem } from './unmapped.js';
