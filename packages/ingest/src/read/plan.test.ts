import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { planInputs } from "./plan.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "deconflict-plan-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (rel: string, text = "x") => {
  mkdirSync(join(dir, rel, ".."), { recursive: true });
  writeFileSync(join(dir, rel), text);
};
const names = (files: { path: string }[]) => files.map((f) => f.path.slice(dir.length + 1));

describe("planInputs", () => {
  test("walks folders recursively, in name order, keeping only article files", async () => {
    for (const f of ["b.txt", "a.md", "sub/c.html", "sub/d.htm", "notes.pdf", ".hidden.txt", "node_modules/x.txt"]) {
      write(f);
    }
    const plan = await planInputs([dir]);
    expect(names(plan.files)).toEqual(["a.md", "b.txt", "sub/c.html", "sub/d.htm"]);
    expect(plan.failures).toEqual([]);
  });

  test("ends on a symlink loop", async () => {
    write("a/one.txt");
    symlinkSync(join(dir, "a"), join(dir, "a", "loop"));
    symlinkSync(dir, join(dir, "a", "up"));
    const plan = await planInputs([dir]);
    expect(names(plan.files)).toEqual(["a/one.txt"]);
  });

  test("attaches a folder's manifest lines and reads files it lists", async () => {
    write("a.txt");
    write("b.data");
    write("manifest.jsonl", '{"file":"a.txt","outlet":"CNN"}\n{"file":"b.data"}\n');
    const plan = await planInputs([dir]);
    expect(names(plan.files)).toEqual(["a.txt", "b.data"]);
    expect(plan.files[0]?.manifest?.outlet).toBe("CNN");
  });

  test("reports missing files, malformed lines and paths out of the folder", async () => {
    mkdirSync(join(dir, "corpus"));
    write("secret.txt");
    symlinkSync(join(dir, "secret.txt"), join(dir, "corpus", "link.txt"));
    write("corpus/manifest.jsonl", '{"file":"gone.txt"}\nnope\n{"file":"../secret.txt"}\n{"file":"link.txt"}\n');
    const plan = await planInputs([join(dir, "corpus")]);
    const reasons = plan.failures.map((f) => `${f.path.slice(dir.length + 1)}: ${f.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(/^corpus\/manifest.jsonl: line 2: malformed/),
      expect.stringMatching(/^corpus\/manifest.jsonl: line 3: .*points outside the corpus folder/),
      expect.stringMatching(/^corpus\/gone.txt: missing file: listed on line 1/),
      expect.stringMatching(/^corpus\/link.txt: outside the corpus folder: line 4/),
    ]);
    expect(plan.files).toEqual([]);
  });

  test("reports a path that does not exist and still plans the rest", async () => {
    write("a.txt");
    const plan = await planInputs([join(dir, "nope.txt"), join(dir, "a.txt")]);
    expect(names(plan.files)).toEqual(["a.txt"]);
    expect(plan.failures[0]?.reason).toBe("unreadable: no such file or directory");
  });

  test("lets an explicit manifest beat the folder's own", async () => {
    write("c/a.txt");
    write("c/manifest.jsonl", '{"file":"a.txt","outlet":"Folder"}\n');
    write("c/other.jsonl", '{"file":"a.txt","outlet":"Explicit"}\n');
    const plan = await planInputs([join(dir, "c")], { manifest: join(dir, "c", "other.jsonl") });
    expect(plan.files.map((f) => f.manifest?.outlet)).toEqual(["Explicit"]);
  });
});
