import { describe, expect, test } from "vitest";
import { decodeText, firstInvalidUtf8 } from "./decode.ts";
import type { ReadError } from "./errors.ts";

const bytes = (...b: number[]) => new Uint8Array(b);
const reasonOf = (input: Uint8Array) => {
  try {
    decodeText(input);
    return null;
  } catch (e) {
    return (e as ReadError).reason;
  }
};

describe("decodeText", () => {
  describe("accepts", () => {
    test("plain UTF-8", () => expect(decodeText(Buffer.from("Raqqa — ok"))).toBe("Raqqa — ok"));
    test("UTF-8 with a byte-order mark, which it strips", () =>
      expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe("A"));
    test("UTF-16 LE and BE with a byte-order mark", () => {
      expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00))).toBe("AB");
      expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41))).toBe("A");
    });
  });

  describe("refuses", () => {
    test("an empty file", () => expect(reasonOf(bytes())).toBe("empty"));
    test("a whitespace-only file", () => expect(reasonOf(Buffer.from(" \n\t\r\n"))).toBe("empty"));
    test("a file with NUL bytes", () => expect(reasonOf(bytes(0x41, 0x00, 0x42))).toBe("binary"));
    test("a PDF or PNG by its magic number", () => {
      expect(reasonOf(Buffer.from("%PDF-1.7 text"))).toBe("binary");
      expect(reasonOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d))).toBe("binary");
    });
    test("invalid UTF-8, naming the byte", () => {
      const bad = bytes(0x41, 0x42, 0xc3, 0x28);
      expect(reasonOf(bad)).toBe("invalid-utf8");
      expect(() => decodeText(bad)).toThrow(/near byte 2/);
      expect(firstInvalidUtf8(bad)).toBe(2);
    });
  });
});
