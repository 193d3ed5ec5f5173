#!/usr/bin/env node
// The exovisor command; the TypeScript sources are compiled to dist/ by `npm install` (prepare).
import { main } from '../dist/hypervisor/cli/main.js';

process.exitCode = main(process.argv.slice(2));
