#!/usr/bin/env node
/** Entry point of the `exovisor` command (package.json "bin"); compiled to dist/ by `npm install`. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
