import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "../__fixtures__/makeDataset";
import type { Dataset } from "../schema";
import { editDataset, freeId } from "./editDataset";
import { editedCopyMeta, isEditedCopyId } from "./editedCopy";
import { canRedo, canUndo, EMPTY_HISTORY, moveTo, recordChange, redo, undo } from "./editHistory";

// Two parties, one issue of three stances, two statements in source-1 (published: null).
function twoStatements(): Dataset {
  return makeDataset("edits", {
    parties: [makeParty("north"), makeParty("south")],
    issues: [makeIssue("water", ["keep", "share", "give"])],
    statements: [
      makeStatement({
        id: "s1",
        date: "2025-01-10",
        partyId: "north",
        issueId: "water",
        stanceId: "keep",
      }),
      makeStatement({
        id: "s2",
        date: "2025-01-12",
        partyId: "south",
        issueId: "water",
        stanceId: "give",
      }),
    ],
  });
}

const s3 = makeStatement({
  id: "s3",
  date: "2025-02-01",
  partyId: "north",
  issueId: "water",
  stanceId: "share",
});

function applied(result: ReturnType<typeof editDataset>): Dataset {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe("editDataset", () => {
  it("adds, edits and deletes a statement", () => {
    const added = applied(
      editDataset(twoStatements(), { op: "add", collection: "statements", item: s3 }),
    );
    expect(added.statements.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    const edited = applied(
      editDataset(added, {
        op: "replace",
        collection: "statements",
        item: { ...s3, stanceId: "give" },
      }),
    );
    expect(edited.statements[2]?.stanceId).toBe("give");
    const deleted = applied(
      editDataset(edited, { op: "remove", collection: "statements", id: "s1" }),
    );
    expect(deleted.statements.map((s) => s.id)).toEqual(["s2", "s3"]);
  });

  it("refuses a party, an issue or a stance renamed to a name another one has", () => {
    const dataset = twoStatements();
    // Party names are "Party north" and "Party south"; case and spaces do not tell them apart.
    expect(
      editDataset(dataset, {
        op: "replace",
        collection: "parties",
        item: { id: "south", name: " party NORTH ", shortName: "S" },
      }),
    ).toEqual({
      ok: false,
      problems: [
        {
          path: "parties[0].name",
          expected: "a name no other party has",
          found: '" party NORTH "',
        },
      ],
    });
    const water = dataset.issues[0] as Dataset["issues"][number];
    const withLand = applied(
      editDataset(dataset, {
        op: "add",
        collection: "issues",
        item: makeIssue("land", ["a", "b"]),
      }),
    );
    expect(
      editDataset(withLand, {
        op: "replace",
        collection: "issues",
        item: { ...makeIssue("land", ["a", "b"]), name: "Issue water" },
      }),
    ).toMatchObject({ ok: false, problems: [{ path: "issues[0].name" }] });
    // Stance labels are their ids here: "keep", "share", "give"; the third renamed "Share".
    expect(
      editDataset(dataset, {
        op: "replace",
        collection: "issues",
        item: {
          ...water,
          stances: water.stances.map((stance, i) =>
            i === 2 ? { ...stance, label: "Share" } : stance,
          ),
        },
      }),
    ).toEqual({
      ok: false,
      problems: [
        {
          path: "issues[0].stances[2].label",
          expected: "a label no other stance of the issue has",
          found: '"Share"',
        },
      ],
    });
  });

  // The north party renamed "Party nörth" (NFC ö, U+00F6) first; the south party then takes
  // a name that only looks different.
  it.each([
    ["an NFD ö (o and U+0308)", "Party no\u0308rth"],
    ["a zero-width space", "Party n\u200börth"],
    ["a no-break space and a doubled space", "Party\u00a0 nörth"],
    ["case and spaces around", " PARTY NÖRTH "],
  ])("refuses a party name that differs from another's only by %s", (_difference, name) => {
    const party = (id: string, partyName: string) => ({ id, name: partyName, shortName: "X" });
    const accented = applied(
      editDataset(twoStatements(), {
        op: "replace",
        collection: "parties",
        item: party("north", "Party nörth"),
      }),
    );
    expect(
      editDataset(accented, { op: "replace", collection: "parties", item: party("south", name) }),
    ).toEqual({
      ok: false,
      problems: [
        {
          path: "parties[0].name",
          expected: "a name no other party has",
          found: JSON.stringify(name),
        },
      ],
    });
  });

  it("refuses a stance label that differs from another's only by invisible characters", () => {
    const water = twoStatements().issues[0] as Dataset["issues"][number];
    // Labels "keep", "share", "give": the third renamed "sha\u200bre\u00a0".
    const relabelled = {
      ...water,
      stances: water.stances.map((stance, i) =>
        i === 2 ? { ...stance, label: "sha\u200bre\u00a0" } : stance,
      ),
    };
    expect(
      editDataset(twoStatements(), { op: "replace", collection: "issues", item: relabelled }),
    ).toMatchObject({ ok: false, problems: [{ path: "issues[0].stances[2].label" }] });
  });

  it("keeps the party's own name on an edit of its other fields", () => {
    const renamed = applied(
      editDataset(twoStatements(), {
        op: "replace",
        collection: "parties",
        item: { id: "north", name: "Party north", shortName: "NO" },
      }),
    );
    expect(renamed.parties[0]?.shortName).toBe("NO");
  });

  it("refuses an edit the validator refuses, with the validator's problem", () => {
    const result = editDataset(twoStatements(), {
      op: "add",
      collection: "statements",
      item: { ...s3, stanceId: "drain" },
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "statements[2].stanceId",
          expected: 'null or a stance of issue "water" (keep, share, give)',
          found: '"drain"',
        },
      ],
    });
  });

  it("refuses a party rename to an empty name, and accepts a real one", () => {
    const result = editDataset(twoStatements(), {
      op: "replace",
      collection: "parties",
      item: { ...makeParty("north"), name: "" },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe("parties[0].name");
    const renamed = applied(
      editDataset(twoStatements(), {
        op: "replace",
        collection: "parties",
        item: { ...makeParty("north"), name: "Northern League" },
      }),
    );
    expect(renamed.parties[0]?.name).toBe("Northern League");
  });

  it("adds a stance through its issue", () => {
    const issue = makeIssue("water", ["keep", "share", "give", "sell"]);
    const withStance = applied(
      editDataset(twoStatements(), { op: "replace", collection: "issues", item: issue }),
    );
    expect(withStance.issues[0]?.stances.map((s) => s.id)).toEqual([
      "keep",
      "share",
      "give",
      "sell",
    ]);
  });

  it("refuses an added id that is taken, and a change to an item that is not there", () => {
    const taken = editDataset(twoStatements(), {
      op: "add",
      collection: "statements",
      item: { ...s3, id: "s1" },
    });
    expect(taken.ok).toBe(false);
    const missing = editDataset(twoStatements(), {
      op: "remove",
      collection: "statements",
      id: "s9",
    });
    expect(missing.ok).toBe(false);
  });

  it("refuses deleting a party its statements still name", () => {
    const result = editDataset(twoStatements(), {
      op: "remove",
      collection: "parties",
      id: "south",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe("statements[1].partyId");
  });
});

describe("a batch of changes", () => {
  it("is applied, validated and undone as one", () => {
    const before = twoStatements();
    const result = editDataset(before, {
      op: "batch",
      changes: [
        { op: "add", collection: "parties", item: makeParty("east") },
        { op: "add", collection: "statements", item: { ...s3, partyId: "east" } },
      ],
    });
    const after = applied(result);
    expect(after.parties.map((p) => p.id)).toEqual(["north", "south", "east"]);
    expect(after.statements.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    if (!result.ok) return;
    // Undone in reverse: the statement goes first, then the party it named.
    expect(result.inverse).toEqual({
      op: "batch",
      changes: [
        { op: "remove", collection: "statements", id: "s3" },
        { op: "remove", collection: "parties", id: "east" },
      ],
    });
  });

  it("is refused whole when its end is invalid, and names a taken id within it", () => {
    const invalid = editDataset(twoStatements(), {
      op: "batch",
      changes: [
        { op: "add", collection: "statements", item: s3 },
        { op: "remove", collection: "parties", id: "north" },
      ],
    });
    expect(invalid.ok).toBe(false);
    const taken = editDataset(twoStatements(), {
      op: "batch",
      changes: [
        { op: "add", collection: "statements", item: s3 },
        { op: "add", collection: "statements", item: { ...s3, summary: "Again." } },
      ],
    });
    expect(taken).toEqual({
      ok: false,
      problems: [{ path: "statements.id", expected: "an id not used before", found: '"s3"' }],
    });
  });
});

describe("the change history", () => {
  const at = "2025-03-01T10:00:00.000Z";

  it("undoes and redoes back to the exact datasets, delete restoring the statement's place", () => {
    const start = twoStatements();
    const first = editDataset(start, { op: "add", collection: "statements", item: s3 });
    if (!first.ok) throw new Error("add refused");
    const change = { op: "remove", collection: "statements", id: "s1" } as const;
    const second = editDataset(first.dataset, change);
    if (!second.ok) throw new Error("delete refused");
    let history = recordChange(EMPTY_HISTORY, {
      label: "Added statement s3",
      at,
      change: { op: "add", collection: "statements", item: s3 },
      inverse: first.inverse,
    });
    history = recordChange(history, {
      label: "Deleted statement s1",
      at,
      change,
      inverse: second.inverse,
    });

    const back = undo(history, second.dataset);
    expect(back?.dataset.statements.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    const backTwice = back && undo(back.history, back.dataset);
    expect(backTwice?.dataset).toEqual(start);
    expect(backTwice && canUndo(backTwice.history)).toBe(false);
    expect(backTwice && canRedo(backTwice.history)).toBe(true);
    const forward = backTwice && redo(backTwice.history, backTwice.dataset);
    expect(forward?.dataset.statements.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);

    // Revert to the point before any change, then forward to the end again.
    const reverted = moveTo(history, second.dataset, 0);
    expect(reverted.dataset).toEqual(start);
    expect(reverted.history.entries).toHaveLength(2);
    expect(
      moveTo(reverted.history, reverted.dataset, 2).dataset.statements.map((s) => s.id),
    ).toEqual(["s2", "s3"]);
  });

  it("drops what was undone when a new change is made", () => {
    const entry = {
      label: "x",
      at,
      change: { op: "remove", collection: "statements", id: "s1" } as const,
      inverse: { op: "remove", collection: "statements", id: "s1" } as const,
    };
    const two = recordChange(recordChange(EMPTY_HISTORY, entry), { ...entry, label: "y" });
    const afterUndo = { ...two, position: 1 };
    expect(recordChange(afterUndo, { ...entry, label: "z" }).entries.map((e) => e.label)).toEqual([
      "x",
      "z",
    ]);
  });

  it("keeps only the latest `limit` changes, the oldest dropped first", () => {
    const entry = (label: string) => ({
      label,
      at,
      change: { op: "remove", collection: "statements", id: "s1" } as const,
      inverse: { op: "remove", collection: "statements", id: "s1" } as const,
    });
    let history = EMPTY_HISTORY;
    for (const label of ["a", "b", "c", "d"]) history = recordChange(history, entry(label), 3);
    expect(history.entries.map((e) => e.label)).toEqual(["b", "c", "d"]);
    expect(history.position).toBe(3);
    // Two undone, then a new change: the undone tail goes first, so nothing old is lost.
    const next = recordChange({ ...history, position: 1 }, entry("e"), 3);
    expect(next.entries.map((e) => e.label)).toEqual(["b", "e"]);
    expect(next.position).toBe(2);
  });
});

describe("names", () => {
  it("finds a free id", () => {
    expect(freeId([{ id: "s-3" }, { id: "a" }], "s")).toBe("s-4");
    expect(freeId([{ id: "a" }, { id: "s-3" }], "s")).toBe("s-4");
    expect(freeId([{ id: "a" }], "s")).toBe("s-2");
  });
  it("names the edited copy", () => {
    const meta = {
      id: "talks",
      title: "Talks",
      description: "",
      updated: "2024-01-01",
      version: "2",
    };
    expect(editedCopyMeta(meta, "2025-03-01")).toEqual({
      id: "talks-edited",
      title: "Talks (edited)",
      description: "",
      updated: "2025-03-01",
      version: "2",
    });
  });

  it("takes the next free id and says so in the title when an edited copy is already kept", () => {
    const meta = {
      id: "talks",
      title: "Talks",
      description: "",
      updated: "2024-01-01",
      version: "2",
    };
    expect(editedCopyMeta(meta, "2025-03-01", new Set(["talks-edited"]))).toMatchObject({
      id: "talks-edited-2",
      title: "Talks (edited 2)",
    });
    expect(
      editedCopyMeta(meta, "2025-03-01", new Set(["talks", "talks-edited", "talks-edited-2"])),
    ).toMatchObject({ id: "talks-edited-3", title: "Talks (edited 3)" });
  });

  it("knows its own ids and no others", () => {
    expect(isEditedCopyId("talks-edited", "talks")).toBe(true);
    expect(isEditedCopyId("talks-edited-12", "talks")).toBe(true);
    expect(isEditedCopyId("talks", "talks")).toBe(false);
    expect(isEditedCopyId("talks-edited-x", "talks")).toBe(false);
    expect(isEditedCopyId("other-edited", "talks")).toBe(false);
    expect(isEditedCopyId("a.b-edited", "a+b")).toBe(false);
  });
});
