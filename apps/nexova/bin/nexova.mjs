#!/usr/bin/env node
// Runs the compiled binary (apps/nexova/dist), building it first when it is missing or older than a
// source file (scripts/build-server.mjs): no TypeScript is compiled while Nexova starts. Tests and
// development run the sources through tsx (`node --import tsx apps/nexova/src/bin.ts`). Stack traces
// name the bundle; NODE_OPTIONS=--enable-source-maps maps them to the TypeScript sources (it costs
// ~5 MB and ~0.1 s at start-up, so it is not the default).
import { pathToFileURL } from 'node:url';
import { ensureDashboardBuilt } from '../../../scripts/build-dashboard.mjs';
import { ENTRY_OUT, ensureServerBuilt } from '../../../scripts/build-server.mjs';

await ensureServerBuilt();
// `nexova start` serves the dashboard at `/`: built here too when missing or stale (scripts/build-dashboard.mjs).
if (process.argv[2] === 'start') await ensureDashboardBuilt();
await import(pathToFileURL(ENTRY_OUT).href);
