export * from "./claims.ts";
export * from "./events.ts";
export * from "./facts.ts";
export * from "./sources.ts";
export * from "./web.ts";
