import { describe, expect, test } from "vitest";
import { parseClaimParams } from "./params.ts";

describe("claims explorer params", () => {
  test("keep a known claim kind", () => {
    expect(parseClaimParams({ claimKind: "belief" }).value).toEqual({ claimKind: "belief", page: 1 });
  });
  test("drop an unknown claim kind with one message", () => {
    const { value, problems } = parseClaimParams({ claimKind: "<script>" });
    expect(value.claimKind).toBeUndefined();
    expect(problems).toEqual(['Ignored claim kind "<script>": must be one of statement, belief, intention.']);
  });
});
