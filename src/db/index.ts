export { createDriver, type DriverTarget } from './createDriver.js';
export { Database, READ_DEADLINE_GRACE_MS, type QueryStats } from './Database.js';
