#!/usr/bin/env node
// Runs the TypeScript CLI source directly: the packages export source, not builds.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
