import * as v from "valibot";

// The only place the CLI reads the environment.
const EnvSchema = v.object({
  DECONFLICT_DB: v.optional(v.pipe(v.string(), v.trim())),
});

export type CliEnv = v.InferOutput<typeof EnvSchema>;

/** The CLI's environment, validated once. An empty DECONFLICT_DB counts as unset. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): CliEnv {
  const env = v.parse(EnvSchema, { DECONFLICT_DB: source.DECONFLICT_DB });
  return { DECONFLICT_DB: env.DECONFLICT_DB || undefined };
}
