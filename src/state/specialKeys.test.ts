// A dataset, party or issue id is whatever a user wrote: "constructor", "toString" and
// "hasOwnProperty" must be ordinary keys (issue 23: a restored dataset whose id was
// "constructor" crashed the coding bar, reading Object.prototype.constructor as its history).
import { describe, expect, it } from "vitest";
import { EMPTY_HISTORY } from "../domain/edit/editHistory";
import { termOf } from "./choices";
import { historyFor } from "./editSlice";

describe("user-given ids as keys", () => {
  it.each(["constructor", "toString", "hasOwnProperty", "valueOf"])(
    "%s has no history and no package term until it is given one",
    (key) => {
      expect(historyFor({ editHistories: new Map(), library: [] }, key)).toBe(EMPTY_HISTORY);
      expect(termOf({}, key)).toBeUndefined();
      expect(termOf({ [key]: "freeze" }, key)).toBe("freeze");
    },
  );
});
