import { Initial1764093600000 } from './1764093600000-Initial.js';

/** Every migration in order, registered explicitly. */
export const migrations = [Initial1764093600000];
