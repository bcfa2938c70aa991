import { benchEngine } from './scripts/bench/engine';
await benchEngine(process.cwd());
