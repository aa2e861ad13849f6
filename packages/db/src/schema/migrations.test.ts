import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { testDialect } from "../testing/index.ts";

const PKG = resolve(import.meta.dirname, "../..");

// drizzle-kit against a copy of the committed migrations: a schema edit without its migration, in either
// dialect, makes generate write a new file. (drizzle-kit wants `out` relative, and exits 0 on errors: its output
// must say there was nothing to do.)
describe.runIf(testDialect() === "sqlite")("committed migrations match the schema", () => {
  for (const [dialect, config] of [
    ["sqlite", "drizzle.config.ts"],
    ["pg", "drizzle.pg.config.ts"],
  ] as const) {
    test(dialect, () => {
      const rel = `.kit-check-${process.pid}`;
      const dir = join(PKG, rel);
      mkdirSync(dir, { recursive: true });
      try {
        cpSync(join(PKG, "migrations", dialect), join(dir, dialect), { recursive: true });
        const kitConfig = join(PKG, `.kit-check-${dialect}-${process.pid}.config.ts`);
        writeFileSync(
          kitConfig,
          `import base from "./${config}";\nexport default { ...base, out: "./${rel}/${dialect}" };\n`,
        );
        let said = "";
        try {
          said = execFileSync("npx", ["drizzle-kit", "generate", "--config", kitConfig], {
            cwd: PKG,
            encoding: "utf8",
          });
        } finally {
          rmSync(kitConfig, { force: true });
        }
        const files = (d: string) =>
          readdirSync(d)
            .filter((f) => f.endsWith(".sql"))
            .sort();
        expect(files(join(dir, dialect))).toEqual(files(join(PKG, "migrations", dialect)));
        expect(said).toContain("No schema changes");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  }
});
