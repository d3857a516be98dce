import { parentPort } from 'node:worker_threads';
import { sanitizeSvg } from './svg-sanitizer.js';

// Started once by sanitize-svg-in-worker.ts (loading jsdom takes a while): says it is ready, then
// answers each SVG text it receives with the sanitized text.
const port = parentPort!;
port.on('message', (svg: string) => port.postMessage(sanitizeSvg(svg)));
port.postMessage('ready');
