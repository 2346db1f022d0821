export { createServer, type CivicServer } from './server.js';
export { loadConfig, type ServerConfig } from './config.js';
export { connect, type Connection, type Dialect } from './db/connect.js';
export { seed } from './seed.js';
