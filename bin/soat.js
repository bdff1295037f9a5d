#!/usr/bin/env node
// The soat command: a thin launcher for the bundled CLI (npm run build puts it in dist/cli/).
import { main } from '../dist/cli/soat.mjs'

process.exitCode = await main(process.argv.slice(2))
