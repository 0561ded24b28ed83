import { describe, expect, it } from "vitest";
import type { Briefing, BriefingQuote } from "./briefing";
import { briefingMarkdown, citationText } from "./briefingMarkdown";

const wire = { outlet: "Wire", headline: "Talks resume", date: "2 May 2025", url: null };
const post = {
  outlet: "Post",
  headline: "A | B",
  date: "undated",
  url: "https://example.org/a b",
};

const quote = (cell: string, citation: BriefingQuote["citation"], text: string | null) => ({
  cell,
  stance: "Open (2 of 3)",
  provenance: "own statement",
  notes: [],
  speaker: "Ana Velt, Minister",
  date: "1 May 2025",
  quote: text,
  summary: "She said so.",
  citation,
});

const briefing: Briefing = {
  title: "Briefing",
  dataset: "Riverland v2",
  dateLine: "As of 2 May 2025",
  filterLines: ["State media hidden"],
  sourceLine: "Source: Wire and Post, coded in Riverland v2",
  link: "https://parley.example/?view=matrix",
  matrix: {
    corner: "Issue",
    columns: ["North", "South"],
    rows: [{ label: "Dam", cells: ["Open (2 of 3)", "No stated position | none"] }],
  },
  changes: { heading: "What changed since 1 April 2025", lines: ["North on Dam: moved"] },
  deal: { headline: "Room for a deal on 1 of 1 issue.", lines: ["Dam: zone"], alerts: [] },
  quotes: [
    quote("North on Dam", wire, "We agree.\nFully."),
    quote("South on Dam", post, null),
    quote("North on Fish", wire, "*Maybe*"),
  ],
};

describe("briefingMarkdown", () => {
  const markdown = briefingMarkdown(briefing);

  it("numbers each source once, in order of first use, with a definition for each", () => {
    expect(markdown).toContain("Ana Velt, Minister, 1 May 2025[^1]");
    expect(markdown.match(/\[\^1\](?!:)/g)).toHaveLength(2);
    expect(markdown.match(/\[\^2\](?!:)/g)).toHaveLength(1);
    expect(markdown).toContain("[^1]: Wire, “Talks resume”, 2 May 2025");
    expect(markdown).toContain("[^2]: Post, “A | B”, undated, <https://example.org/a%20b>");
    expect(markdown.match(/^\[\^\d+\]:/gm)).toHaveLength(2);
  });

  it("writes the matrix as a table, escaping a pipe in a cell", () => {
    expect(markdown).toContain("| Issue | North | South |\n| --- | --- | --- |\n");
    expect(markdown).toContain("| Dam | Open (2 of 3) | No stated position \\| none |");
  });

  it("keeps a quote on one line and neutralises Markdown marks in the dataset's words", () => {
    expect(markdown).toContain("> “We agree. Fully.”");
    expect(markdown).toContain("> “\\*Maybe\\*”");
    expect(markdown).toContain("Summary (no verbatim quote): She said so.");
  });

  it("has the header, the changes, the deal space and the source line", () => {
    expect(
      markdown.startsWith(
        "# Briefing\n\nRiverland v2 · As of 2 May 2025\n\n- State media hidden\n",
      ),
    ).toBe(true);
    expect(markdown).toContain("## What changed since 1 April 2025\n\n- North on Dam: moved\n");
    expect(markdown).toContain(
      "## Deal space\n\nRoom for a deal on 1 of 1 issue.\n\n- Dam: zone\n",
    );
    expect(markdown).toContain("Source: Wire and Post, coded in Riverland v2.\n");
    expect(markdown).toContain("**Open (2 of 3)** (own statement)");
  });

  it("cites a source without an address by outlet, headline and date only", () => {
    expect(citationText(wire)).toBe("Wire, “Talks resume”, 2 May 2025");
  });
});
