import { describe, expect, test } from "vitest";
import { isInside, parseManifest } from "./manifest.ts";

describe("parseManifest", () => {
  const text = [
    '{"file":"a.txt","outlet":"CNN","publishedAt":"2017-06-08","title":"T","url":"https://x"}',
    "",
    '{"file":"b.txt","publishedAt":"2017-06-08T10:00:00Z","extra":1}',
    "{not json",
    '{"outlet":"CNN"}',
    '{"file":"../escape.txt"}',
    '{"file":"c.txt","publishedAt":"yesterday"}',
    '{"file":"a.txt"}',
    '{"file":"/etc/passwd"}',
  ].join("\n");
  const m = parseManifest("/corpus/manifest.jsonl", text);

  test("reads good lines by absolute path, normalising dates to a day", () => {
    expect(m.entries.get("/corpus/a.txt")).toMatchObject({ outlet: "CNN", publishedAt: "2017-06-08", line: 1 });
    expect(m.entries.get("/corpus/b.txt")?.publishedAt).toBe("2017-06-08");
    expect(m.entries.size).toBe(2);
  });

  test("reports every bad line with its number and one reason", () => {
    expect(m.failures.map((f) => f.reason)).toEqual([
      expect.stringMatching(/^line 4: malformed manifest line, not JSON/),
      expect.stringMatching(/^line 5: malformed manifest line: no "file" key/),
      expect.stringMatching(/^line 6: file "..\/escape.txt" points outside the corpus folder/),
      expect.stringMatching(/^line 7: malformed manifest line: publishedAt: publishedAt must be an ISO date/),
      expect.stringMatching(/^line 8: file "a.txt" is listed twice \(first on line 1\)/),
      expect.stringMatching(/^line 9: file "\/etc\/passwd" points outside/),
    ]);
    expect(m.failures.every((f) => f.path === "/corpus/manifest.jsonl")).toBe(true);
  });
});

describe("isInside", () => {
  test("is true below the folder and false for the folder itself, siblings and parents", () => {
    expect(isInside("/c", "/c/a/b.txt")).toBe(true);
    expect(isInside("/c", "/c")).toBe(false);
    expect(isInside("/c", "/cc/a.txt")).toBe(false);
    expect(isInside("/c", "/a.txt")).toBe(false);
    expect(isInside("/c", "/c/..a.txt")).toBe(true);
  });
});
