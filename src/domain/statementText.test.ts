import { describe, expect, it } from "vitest";
import { makeIssue, makeStatement } from "./__fixtures__/makeDataset";
import {
  citationText,
  countText,
  foldAccents,
  formatDate,
  isOutletUnknown,
  NO_STANCE,
  personText,
  placeText,
  provenanceText,
  reportedByText,
  scalePoles,
  shortPoles,
  stanceLabel,
  stanceOf,
  stanceWithPlace,
  statementDate,
} from "./statementText";

// Three stances: "far" (1 of 3), "mid" (2 of 3), "near" (3 of 3).
const issue = makeIssue("i", ["far", "mid", "near"]);

describe("stances", () => {
  it("finds a stance and its 0-based place", () => {
    expect(stanceOf(issue, "mid")).toEqual({ stance: issue.stances[1], index: 1 });
  });

  it("reads a null or unknown stance id as no clear stance", () => {
    expect(stanceOf(issue, null)).toBeNull();
    expect(stanceOf(issue, "elsewhere")).toBeNull();
    expect(stanceLabel(issue, null)).toBe("No clear stance");
    expect(stanceLabel(issue, "elsewhere")).toBe(NO_STANCE);
  });

  it("labels a stance with its place on the scale", () => {
    expect(stanceLabel(issue, "near")).toBe("near");
    expect(stanceWithPlace(issue, "far")).toBe("far (1 of 3)");
    expect(stanceWithPlace(issue, "near")).toBe("near (3 of 3)");
    expect(stanceWithPlace(issue, null)).toBe("No clear stance");
    expect(placeText(0, 2)).toBe("1 of 2");
  });
});

describe("scale poles", () => {
  it("uses the dataset's names, trimmed", () => {
    expect(scalePoles({ scale: { low: " Ukraine's ask ", high: "Russia's ask" } })).toEqual({
      low: "Ukraine's ask",
      high: "Russia's ask",
    });
  });

  it("falls back to first and last stance when absent or blank", () => {
    expect(scalePoles({})).toEqual({ low: "first stance", high: "last stance" });
    expect(scalePoles({ scale: { low: " ", high: "B" } })).toEqual({
      low: "first stance",
      high: "B",
    });
  });
});

describe("short poles", () => {
  it("drops a trailing aside, keeps the rest", () => {
    expect(
      shortPoles({
        scale: { low: "Kyiv's ask (where nobody asks, see the issue)", high: "Moscow's ask" },
      }),
    ).toEqual({ low: "Kyiv's ask", high: "Moscow's ask" });
    expect(shortPoles({ scale: { low: "(only an aside)", high: "B (b) c" } })).toEqual({
      low: "(only an aside)",
      high: "B (b) c",
    });
  });
});

describe("people", () => {
  it("writes name and role, or only the name when the role is empty", () => {
    expect(personText({ name: "Ana Díaz", role: "Minister" })).toBe("Ana Díaz, Minister");
    expect(personText({ name: "Ana Díaz", role: "" })).toBe("Ana Díaz");
    expect(personText({ name: "Ana Díaz", role: "  " })).toBe("Ana Díaz");
    expect(personText({ name: "Ana Díaz", role: null })).toBe("Ana Díaz");
  });

  it("says who reported a statement, never a dangling comma", () => {
    const base = makeStatement({
      id: "s",
      date: "2024-01-01",
      partyId: "p",
      issueId: "i",
      stanceId: null,
    });
    expect(reportedByText(base)).toBeNull();
    expect(
      reportedByText({ reportedBy: { name: "Sergei Lavrov", role: "Foreign minister" } }),
    ).toBe("As reported by Sergei Lavrov, Foreign minister");
    expect(reportedByText({ reportedBy: { name: "Sergei Lavrov", role: "" } })).toBe(
      "As reported by Sergei Lavrov",
    );
  });
});

describe("dates", () => {
  it("writes a date at its precision", () => {
    expect(formatDate("2024-06-12")).toBe("12 June 2024");
    expect(formatDate("2024-06-01", "month")).toBe("June 2024");
    expect(formatDate("2024-01-01", "year")).toBe("2024");
    expect(statementDate({ date: "2024-06-01", datePrecision: "month" })).toBe("June 2024");
  });

  it("keeps 1 January on 1 January in every time zone (UTC)", () => {
    expect(formatDate("2025-01-01")).toBe("1 January 2025");
  });

  it("returns unparseable text as it is", () => {
    expect(formatDate("someday")).toBe("someday");
  });
});

describe("counts", () => {
  it("writes the singular for one and the plural otherwise", () => {
    expect(countText(0, "statement")).toBe("0 statements");
    expect(countText(1, "statement")).toBe("1 statement");
    expect(countText(2, "party", "parties")).toBe("2 parties");
    expect(countText(1, "party", "parties")).toBe("1 party");
  });
});

describe("accent folding", () => {
  it("lowercases and drops combining marks", () => {
    expect(foldAccents("Çavuşoğlu")).toBe("cavusoglu");
    expect(foldAccents("ZELENSKY")).toBe("zelensky");
    expect(foldAccents("Ångström")).toBe("angstrom");
  });
});

describe("citations", () => {
  const known = {
    id: "a",
    outlet: "The Epoch Times",
    title: "Putin Open to Talks",
    published: "2024-11-08",
    url: null,
    document: "002_818d.txt",
    notes: "By Tom Ozimek.",
  };
  const unknown = {
    ...known,
    outlet: "Unknown outlet",
    title: null,
    published: null,
    notes: "No masthead; found as a forwarded copy.",
  };

  it("cites outlet, headline and date, never the file name", () => {
    expect(citationText(known)).toBe("The Epoch Times, “Putin Open to Talks”, 8 November 2024");
  });

  it("says how the copy came to us when the outlet is unknown", () => {
    expect(isOutletUnknown(unknown)).toBe(true);
    expect(citationText(unknown)).toBe(
      "Unknown outlet, “Untitled”, undated. No masthead; found as a forwarded copy.",
    );
    expect(provenanceText(known)).toBeNull();
  });

  it("treats kind 'unknown' as unknown whatever the outlet says", () => {
    expect(isOutletUnknown({ outlet: "Daily8", kind: "unknown" })).toBe(true);
    expect(isOutletUnknown({ outlet: "Unknownia Herald", kind: "news" })).toBe(false);
  });
});
