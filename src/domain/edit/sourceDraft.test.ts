import { describe, expect, it } from "vitest";
import type { Source } from "../schema";
import { draftFromSource, sourceFromDraft } from "./sourceDraft";

const kept: Source = {
  id: "gazette-0312",
  outlet: "Riverland Gazette",
  title: null,
  published: "2025-03-12",
  url: null,
  document: "gazette-0312.pdf",
  notes: "Read from the print copy.",
};

describe("source drafts", () => {
  it("fills the form from a source, with blanks for what it lacks", () => {
    expect(draftFromSource(kept)).toEqual({
      outlet: "Riverland Gazette",
      title: "",
      published: "2025-03-12",
      url: "",
      kind: "",
      text: "",
    });
  });

  it("starts a new source as news", () => {
    expect(draftFromSource(undefined).kind).toBe("news");
  });

  it("keeps the fields the form does not show, and turns blanks into null", () => {
    const draft = { ...draftFromSource(kept), title: "  Upland opens talks ", url: " " };
    expect(sourceFromDraft(draft, "gazette-0312", kept)).toEqual({
      id: "gazette-0312",
      outlet: "Riverland Gazette",
      title: "Upland opens talks",
      published: "2025-03-12",
      url: null,
      document: "gazette-0312.pdf",
      notes: "Read from the print copy.",
      text: null,
    });
  });

  it("leaves out a kind not stated", () => {
    expect("kind" in sourceFromDraft(draftFromSource(kept), "gazette-0312", kept)).toBe(false);
    const draft = { ...draftFromSource(kept), kind: "state-media" as const };
    expect(sourceFromDraft(draft, "gazette-0312", kept).kind).toBe("state-media");
  });

  it("keeps the article text exactly as typed", () => {
    const draft = { ...draftFromSource(undefined), outlet: "Wire", text: "  Two spaces.\n" };
    expect(sourceFromDraft(draft, "source-5").text).toBe("  Two spaces.\n");
  });
});
