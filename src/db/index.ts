export { createDriver, type DriverTarget } from './createDriver.js';
export { Database, type QueryStats } from './Database.js';
