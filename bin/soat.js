#!/usr/bin/env node
// The soat command: a thin launcher for the compiled CLI (npm run build puts it in dist/).
import { main } from '../dist/src/cli/main.js'

process.exitCode = await main(process.argv.slice(2))
