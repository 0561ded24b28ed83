// Hand-made cells: a 5-stance scale (4 steps), so each move and gap below is counted by hand.
import { describe, expect, it } from "vitest";
import { makeIssue, makeParty, makeStatement } from "../../domain/__fixtures__/makeDataset";
import type { PositionCell } from "../../domain/positionsAsOf";
import type { GapView, MatrixCellView } from "./matrixModel";
import {
  cellText,
  differingAccountsText,
  gapText,
  heldText,
  moveText,
  showsBefore,
  sinceText,
  stanceText,
} from "./matrixText";

const issue = makeIssue("territory", ["t0", "t1", "t2", "t3", "t4"]);
const party = makeParty("ru");
const said = makeStatement({
  id: "s",
  date: "2024-01-01",
  partyId: "ru",
  issueId: "territory",
  stanceId: null,
});

function cell(stanceIndex: number | null, statementCount = 1): PositionCell {
  const stance = stanceIndex === null ? null : (issue.stances[stanceIndex] ?? null);
  return {
    issueId: issue.id,
    partyId: party.id,
    stance,
    stanceIndex,
    scaleSize: 5,
    statements: Array.from({ length: statementCount }, () => said),
    latest: statementCount > 0 ? said : null,
    stanceStatement: stance ? said : null,
    isAccount: false,
    differingAccounts: [],
    held: null,
  };
}

function view(previous: PositionCell | null, current: PositionCell, isChanged: boolean) {
  return { issue, party, previous, current, isChanged } satisfies MatrixCellView;
}

const poles = { low: "Kyiv's ask", high: "Moscow's ask" };

describe("a cell in compare mode", () => {
  it("stays quiet when unchanged: no 'before →'", () => {
    const same = view(cell(2), cell(2), false);
    expect(showsBefore(same)).toBe(false);
    expect(cellText(same, poles)).toBe("t2 (3 of 5)");
    expect(moveText(same, poles)).toBeNull();
  });

  it("says how many steps and toward which pole a changed cell moved", () => {
    const up = view(cell(0), cell(2), true);
    expect(moveText(up, poles)).toBe("Moved 2 steps toward Moscow's ask");
    expect(cellText(up, poles)).toBe(
      "t0 (1 of 5) → t2 (3 of 5); Changed: moved 2 steps toward Moscow's ask",
    );
    const down = view(cell(4), cell(3), true);
    expect(moveText(down, poles)).toBe("Moved 1 step toward Kyiv's ask");
  });

  it("names the scale's default ends when the dataset names none", () => {
    expect(moveText(view(cell(3), cell(1), true))).toBe("Moved 2 steps toward first stance");
  });

  it("says a first stance appeared where there was none", () => {
    const appeared = view(cell(null, 0), cell(1), true);
    expect(moveText(appeared, poles)).toBe("First stance stated");
    expect(cellText(appeared, poles)).toBe(
      "No stated position → t1 (2 of 5); Changed: first stance stated",
    );
  });

  it("outside compare mode shows only the stance", () => {
    expect(cellText(view(null, cell(null, 2), false))).toBe("No clear stance");
  });
});

function gap(
  now: { gap: number | null; steps: number | null },
  before: { gap: number | null; steps: number | null } | null,
): GapView {
  return { issue, scaleSteps: 4, ...now, previous: before };
}

describe("the gap in compare mode", () => {
  it("says narrowed, widened or unchanged", () => {
    expect(gapText(gap({ gap: 0.5, steps: 2 }, { gap: 1, steps: 4 }))).toBe(
      "Narrowed: 1 → 0.5 apart (2 of 4 steps)",
    );
    expect(gapText(gap({ gap: 0.75, steps: 3 }, { gap: 0.25, steps: 1 }))).toBe(
      "Widened: 0.25 → 0.75 apart (3 of 4 steps)",
    );
    expect(gapText(gap({ gap: 0.25, steps: 1 }, { gap: 0.25, steps: 1 }))).toBe(
      "Unchanged: 0.25 apart (1 of 4 steps)",
    );
    expect(gapText(gap({ gap: 0, steps: 0 }, { gap: 0.25, steps: 1 }))).toBe(
      "Narrowed: 0.25 → Same stance (0 apart)",
    );
  });

  it("says nothing of a direction when either date is not comparable", () => {
    expect(gapText(gap({ gap: null, steps: null }, { gap: null, steps: null }))).toBe(
      "Not comparable: a position is missing",
    );
    expect(gapText(gap({ gap: 0.5, steps: 2 }, { gap: null, steps: null }))).toBe(
      "Not comparable → 0.5 apart (2 of 4 steps)",
    );
  });

  it("outside compare mode gives only the gap", () => {
    expect(gapText(gap({ gap: 0.75, steps: 3 }, null))).toBe("0.75 apart (3 of 4 steps)");
  });
});

describe("provenance and held since in a cell's words", () => {
  const vance = makeStatement({
    id: "a1",
    date: "2025-08-20",
    partyId: "ru",
    issueId: "territory",
    stanceId: "t2",
    reportedBy: { name: "J.D. Vance", role: "US Vice President" },
  });
  const lavrov = { ...vance, id: "a2", reportedBy: { name: "Sergey Lavrov", role: "Minister" } };

  it("marks a stance that rests on another party's account", () => {
    const account = { ...cell(2), stanceStatement: vance, isAccount: true };
    expect(stanceText(account)).toBe("t2 (3 of 5), per J.D. Vance");
  });

  it("says which accounts differ from the own stance shown, one name once", () => {
    expect(differingAccountsText({ ...cell(3), differingAccounts: [vance] })).toBe(
      "An account by J.D. Vance differs",
    );
    expect(differingAccountsText({ ...cell(3), differingAccounts: [vance, lavrov, vance] })).toBe(
      "Accounts by J.D. Vance and Sergey Lavrov differ",
    );
    expect(cellText(view(null, { ...cell(3), differingAccounts: [vance] }, false))).toBe(
      "t3 (4 of 5); an account by J.D. Vance differs",
    );
  });

  it("says since when the stance has been held and when it was last stated", () => {
    const held = {
      ...cell(3),
      held: { date: "2024-06-14", isStanding: false, lastStated: "2025-01-20" },
    };
    expect(heldText(held)).toBe("Held since 14 June 2024 · last stated 20 January 2025");
    expect(sinceText(held)).toBe("Since 14 June 2024");
    const once = {
      ...cell(3),
      held: { date: "2024-06-14", isStanding: false, lastStated: "2024-06-14" },
    };
    expect(heldText(once)).toBe("Held since 14 June 2024");
    const standing = {
      ...cell(3),
      held: { date: "2024-06-14", isStanding: true, lastStated: "2024-06-14" },
    };
    expect(sinceText(standing)).toBe("Since at least 14 June 2024");
    expect(heldText(cell(null))).toBeNull();
  });
});
