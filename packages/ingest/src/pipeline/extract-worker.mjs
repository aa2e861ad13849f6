// A worker thread's entry: the packages run TypeScript source, so the worker registers tsx as the CLI's bin does.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
