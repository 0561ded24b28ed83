import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty } from "../domain/__fixtures__/makeDataset";
import { readPackage, writePackage } from "./dealUrl";
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from "./urlState";

const dataset = makeDataset("package-test", {
  parties: [makeParty("ru")],
  issues: [makeIssue("territory", ["a", "b", "c"]), makeIssue("nato", ["x", "y"])],
  statements: [],
});

describe("package in a link", () => {
  it("writes and reads the terms back", () => {
    expect(writePackage({ nato: "y", territory: "b" })).toBe("nato:y,territory:b");
    const notices: string[] = [];
    expect(readPackage("nato:y,territory:b", dataset, notices)).toEqual({
      nato: "y",
      territory: "b",
    });
    expect(notices).toEqual([]);
  });

  it("drops unknown issues, stances and a second term for one issue, with a notice each", () => {
    const notices: string[] = [];
    expect(readPackage("nato:z,sea:a,territory:a,territory:c,nato", dataset, notices)).toEqual({
      territory: "a",
    });
    expect(notices).toHaveLength(4);
  });

  it("travels in the query string with the rest of the state", () => {
    const search = serializeUrlState({
      ...DEFAULT_URL_STATE,
      view: "deal",
      dealPackage: { territory: "c" },
    });
    expect(search).toBe("?view=deal&package=territory:c");
    expect(parseUrlState(search, dataset, "package-test").state.dealPackage).toEqual({
      territory: "c",
    });
  });
});
