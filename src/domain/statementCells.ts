// How the fields that are not plain text are written into one CSV cell, and read back: the
// statements CSV export writes these and the import reads them, so a file Parley writes opens
// again unchanged (README, "The statements CSV"). Readers are lenient where a person typing
// into a spreadsheet would be (spaces, a missing position), and return null for a cell they
// cannot read, so the caller can point at it.
import type { AcceptableRange, ConditionLink, Issue, Speaker } from "./schema";

// "Name (Role)": the role in the last pair of brackets; "Name" alone has no role.
export function writeSpeakerCell(speaker: Speaker | null | undefined): string {
  if (!speaker) return "";
  return `${speaker.name} (${speaker.role})`;
}

export function readSpeakerCell(cell: string): Speaker | null {
  const text = cell.trim();
  if (text === "") return null;
  const match = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  return match ? { name: match[1] as string, role: match[2] as string } : { name: text, role: "" };
}

// A stance by id with its place on the issue's scale, "keep (1 of 3)", so a stance that no
// statement in the file takes can still be put in order on import.
export function writeStanceRef(issue: Issue | undefined, stanceId: string): string {
  const index = issue ? issue.stances.findIndex((stance) => stance.id === stanceId) : -1;
  return index === -1 ? stanceId : `${stanceId} (${index + 1} of ${issue?.stances.length})`;
}

export interface StanceRef {
  stanceId: string;
  rank: number | null;
}

export function readStanceRef(cell: string): StanceRef | null {
  const match = /^\s*([^\s()]+)\s*(?:\(\s*(\d+)\s*(?:of\s*\d+\s*)?\))?\s*$/.exec(cell);
  if (!match) return null;
  return { stanceId: match[1] as string, rank: match[2] === undefined ? null : Number(match[2]) };
}

export function writeAcceptableCells(
  issue: Issue | undefined,
  range: AcceptableRange | null | undefined,
): { from: string; to: string } {
  if (!range) return { from: "", to: "" };
  return { from: writeStanceRef(issue, range.from), to: writeStanceRef(issue, range.to) };
}

// "sea: open (1 of 2); air: closed (3 of 3)": issue id, colon, stance as writeStanceRef.
export function writeConditionLinksCell(
  links: readonly ConditionLink[] | undefined,
  issueOf: (issueId: string) => Issue | undefined,
): string {
  return (links ?? [])
    .map((link) => `${link.issueId}: ${writeStanceRef(issueOf(link.issueId), link.stanceId)}`)
    .join("; ");
}

export type ConditionLinkRef = { issueId: string } & StanceRef;

// The links, or null when a part cannot be read.
export function readConditionLinksCell(cell: string): ConditionLinkRef[] | null {
  if (cell.trim() === "") return [];
  const links: ConditionLinkRef[] = [];
  for (const part of cell.split(";")) {
    if (part.trim() === "") continue;
    const colon = part.indexOf(":");
    if (colon === -1) return null;
    const issueId = part.slice(0, colon).trim();
    const stance = readStanceRef(part.slice(colon + 1));
    if (issueId === "" || !stance) return null;
    links.push({ issueId, ...stance });
  }
  return links;
}

// Source ids, "; " between them.
export function writeIdListCell(ids: readonly string[] | undefined): string {
  return (ids ?? []).join("; ");
}

export function readIdListCell(cell: string): string[] {
  return cell
    .split(";")
    .map((id) => id.trim())
    .filter((id) => id !== "");
}
