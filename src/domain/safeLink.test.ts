import { describe, expect, it } from "vitest";
import { EXTERNAL_LINK_REL, safeHttpUrl } from "./safeLink";

describe("safeHttpUrl", () => {
  it.each([
    ["https://www.reuters.com/world/", "https://www.reuters.com/world/"],
    ["http://example.org/a?b=c#d", "http://example.org/a?b=c#d"],
    ["  https://example.org  ", "https://example.org/"],
    ["HTTPS://EXAMPLE.ORG/Path", "https://example.org/Path"],
  ])("keeps the http(s) URL %j as %j", (text, expected) => {
    expect(safeHttpUrl(text)).toBe(expected);
  });

  it.each([
    ["javascript:alert(1)"],
    ["JavaScript:alert(1)"],
    [" javascript:alert(1)"],
    ["java\tscript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["vbscript:msgbox(1)"],
    ["file:///etc/passwd"],
    ["blob:https://example.org/1234"],
    ["ftp://example.org/file"],
    ["//example.org/protocol-relative"],
    ["/relative/path"],
    ["example.org"],
    ["https://bank.example@evil.example/"],
    ["https://user:secret@example.org/"],
    ["https://bank.com:pw@evil.example"],
    [""],
    ["not a url"],
  ])("refuses %j", (text) => {
    expect(safeHttpUrl(text)).toBeNull();
  });

  it("refuses missing values", () => {
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });

  it("asks for no opener and no referrer", () => {
    expect(EXTERNAL_LINK_REL.split(" ").sort()).toEqual(["noopener", "noreferrer"]);
  });
});
