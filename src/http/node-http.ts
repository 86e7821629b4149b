/**
 * node:http as a module object, not as an ESM import: Node's ESM view of node:http reads its lazy
 * `WebSocket` export, which loads Node's own bundled undici (about 11 MiB of resident memory) that
 * nothing here uses. Import types from 'node:http' as usual; take the functions from here.
 */
export const nodeHttp = process.getBuiltinModule('node:http');
export const nodeHttps = process.getBuiltinModule('node:https');
