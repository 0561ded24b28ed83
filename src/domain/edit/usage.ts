// Which statements and events name a party, an issue, a stance or a source: what stops it
// from being removed. These are the references the validator checks (referenceChecks.ts), so a
// removal this finds nothing against is one the validator accepts on that account.
import type { Dataset } from "../schema";

export interface Usage {
  statementIds: string[];
  eventIds: string[];
}

type Refs = Pick<Dataset, "statements" | "events">;

export function partyUsage(dataset: Refs, partyId: string): Usage {
  return {
    statementIds: dataset.statements.filter((s) => s.partyId === partyId).map((s) => s.id),
    eventIds: (dataset.events ?? []).filter((e) => e.partyIds.includes(partyId)).map((e) => e.id),
  };
}

// A statement on the issue, or one whose condition links point to it.
export function issueUsage(dataset: Refs, issueId: string): Usage {
  const statementIds = dataset.statements
    .filter(
      (s) =>
        s.issueId === issueId || (s.conditionLinks ?? []).some((link) => link.issueId === issueId),
    )
    .map((s) => s.id);
  return { statementIds, eventIds: [] };
}

// A statement that takes the stance, ends its acceptable stretch on it, or links a condition
// to it. A stretch that only passes over it still holds without it, as the validator agrees.
export function stanceUsage(dataset: Refs, issueId: string, stanceId: string): Usage {
  const statementIds = dataset.statements
    .filter((s) => {
      const onIssue =
        s.issueId === issueId &&
        (s.stanceId === stanceId ||
          s.acceptable?.from === stanceId ||
          s.acceptable?.to === stanceId);
      return (
        onIssue ||
        (s.conditionLinks ?? []).some(
          (link) => link.issueId === issueId && link.stanceId === stanceId,
        )
      );
    })
    .map((s) => s.id);
  return { statementIds, eventIds: [] };
}

// The source the statement cites, one of its "also in" sources, or an event's source.
export function sourceUsage(dataset: Refs, sourceId: string): Usage {
  return {
    statementIds: dataset.statements
      .filter((s) => s.sourceId === sourceId || (s.alsoIn ?? []).includes(sourceId))
      .map((s) => s.id),
    eventIds: (dataset.events ?? []).filter((e) => e.sourceId === sourceId).map((e) => e.id),
  };
}

const SHOWN_IDS = 5;

function counted(ids: readonly string[], noun: string): string {
  const shown = ids.slice(0, SHOWN_IDS).join(", ");
  const more = ids.length > SHOWN_IDS ? ` and ${ids.length - SHOWN_IDS} more` : "";
  return `${ids.length} ${ids.length === 1 ? noun : `${noun}s`} (${shown}${more})`;
}

// Why `name` cannot be removed, naming how many statements and events use it; null if none do.
// `thing` is what it is: "party", "stance".
export function usageRefusal(thing: string, name: string, usage: Usage): string | null {
  const parts: string[] = [];
  if (usage.statementIds.length > 0) parts.push(counted(usage.statementIds, "statement"));
  if (usage.eventIds.length > 0) parts.push(counted(usage.eventIds, "event"));
  if (parts.length === 0) return null;
  const total = usage.statementIds.length + usage.eventIds.length;
  return `The ${thing} “${name}” cannot be removed: ${parts.join(" and ")} ${total === 1 ? "uses" : "use"} it. Recode or delete ${total === 1 ? "it" : "them"} first.`;
}
