import { describe, expect, test } from "vitest";
import { parseUrlList } from "./url-list.ts";

describe("parseUrlList", () => {
  test("keeps one URL a line, without blank lines and # comments", () =>
    expect(
      parseUrlList("\uFEFF# links\r\nhttps://a.example/x\n\n  https://b.example/y#frag  # why\n#https://c.example\n"),
    ).toEqual(["https://a.example/x", "https://b.example/y#frag"]));
});
