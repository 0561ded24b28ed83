// How a statement reads, wherever it is shown: the matrix, the drawer, the table, the
// timeline's tooltips and the CSV all say a stance, a speaker, a date and a count the same way.
// Pure: plain data in, plain text out.
import type {
  DatasetMeta,
  DatePrecision,
  Issue,
  Source,
  SourceKind,
  Stance,
  Statement,
} from "./schema";

// Statements exist, but none of them states a stance on the issue's scale.
export const NO_STANCE = "No clear stance";
// No statement at all (for a party on an issue, up to a date).
export const NO_POSITION = "No stated position";

// What a scale's two ends are called when the dataset does not name them.
export const DEFAULT_POLES = { low: "first stance", high: "last stance" } as const;

export interface StancePlace {
  stance: Stance;
  // 0-based place on the issue's ordered scale.
  index: number;
}

// Returns the stance a statement states on its issue and where it sits, or null for no clear
// stance (stanceId null, or an id the issue does not list).
export function stanceOf(issue: Issue, stanceId: string | null): StancePlace | null {
  if (stanceId === null) return null;
  const index = issue.stances.findIndex((stance) => stance.id === stanceId);
  const stance = issue.stances[index];
  return stance ? { stance, index } : null;
}

// Returns the stance's label, or "No clear stance".
export function stanceLabel(issue: Issue, stanceId: string | null): string {
  return stanceOf(issue, stanceId)?.stance.label ?? NO_STANCE;
}

// Returns "3 of 5": a 0-based place as people count it, on a scale of `size` stances.
export function placeText(index: number, size: number): string {
  return `${index + 1} of ${size}`;
}

// Returns e.g. "Open to talks (3 of 5)", or "No clear stance".
export function stanceWithPlace(issue: Issue, stanceId: string | null): string {
  const place = stanceOf(issue, stanceId);
  return place
    ? `${place.stance.label} (${placeText(place.index, issue.stances.length)})`
    : NO_STANCE;
}

// Returns the dataset's names for the low and high ends of every scale, or the defaults.
export function scalePoles(meta: Pick<DatasetMeta, "scale">): { low: string; high: string } {
  return {
    low: meta.scale?.low.trim() || DEFAULT_POLES.low,
    high: meta.scale?.high.trim() || DEFAULT_POLES.high,
  };
}

// The poles for tight places (a matrix cell, an axis): without a trailing "(…)" aside, which
// the legend and the Method view still show in full.
export function shortPoles(meta: Pick<DatasetMeta, "scale">): { low: string; high: string } {
  const { low, high } = scalePoles(meta);
  const trim = (pole: string) => pole.replace(/\s*\([^()]*\)\s*$/, "") || pole;
  return { low: trim(low), high: trim(high) };
}

interface Person {
  name: string;
  role?: string | null;
}

// Returns "Name, role", or only the name when the role is empty.
export function personText(person: Person): string {
  const role = person.role?.trim();
  return role ? `${person.name}, ${role}` : person.name;
}

// Returns "As reported by Name, role", or null when the statement is first-hand.
export function reportedByText(statement: Pick<Statement, "reportedBy">): string | null {
  return statement.reportedBy ? `As reported by ${personText(statement.reportedBy)}` : null;
}

// UTC throughout: ISO dates are calendar days, and a local time zone west of Greenwich would
// turn 2024-06-01 into 31 May.
const DATE_FORMATS: Record<DatePrecision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }),
  month: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
  year: new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" }),
};

// Returns e.g. "12 June 2024", "June 2024" or "2024"; the ISO text itself if unparseable.
export function formatDate(isoDate: string, precision: DatePrecision = "day"): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : DATE_FORMATS[precision].format(date);
}

// Returns the statement's date at the precision its source gives ("June 2024").
export function statementDate(statement: Pick<Statement, "date" | "datePrecision">): string {
  return formatDate(statement.date, statement.datePrecision);
}

// Returns "Russia’s", "the United States’", "Kyiv’s": an apostrophe alone after a final s.
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

// Returns e.g. "1 statement", "3 statements", "2 parties" (with the plural given).
export function countText(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const NON_ASCII = /[\u0080-\uffff]/;

// Lowercase, then decompose (NFD) and drop combining marks, so "Çavuşoğlu" matches "cavusoglu".
export function foldAccents(text: string): string {
  const lower = text.toLowerCase();
  // ASCII has nothing to decompose; testing for it is far cheaper than normalising.
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower;
}

// A source's headline as a reader can cite it; a copy without one says so.
export function sourceHeadline(source: Pick<Source, "title">): string {
  return source.title ?? "Untitled";
}

// Returns the statement's date as charts and their tables say it: a standing statement (a
// position the article reports without saying when it was stated) is dated by the article,
// so it reads "standing position reported on 8 November 2024", never as said that day.
export function statementWhenText(
  statement: Pick<Statement, "date" | "datePrecision" | "dateBasis">,
): string {
  const date = statementDate(statement);
  return statement.dateBasis === "standing" ? `standing position reported on ${date}` : date;
}

// Returns e.g. "8 November 2024", or "undated" when the copy shows no date.
export function sourceDate(source: Pick<Source, "published">): string {
  return source.published ? formatDate(source.published) : "undated";
}

// True when the outlet is not known: a reader then needs to know how the copy came to us.
export function isOutletUnknown(source: Pick<Source, "outlet" | "kind">): boolean {
  return source.kind === "unknown" || /^unknown\b/i.test(source.outlet.trim());
}

// Returns how an unknown outlet's copy came to us (its notes), or null when the outlet is
// known or nothing is noted. Never the internal file name (sources[].document).
export function provenanceText(source: Pick<Source, "outlet" | "kind" | "notes">): string | null {
  return isOutletUnknown(source) && source.notes?.trim() ? source.notes.trim() : null;
}

// Returns the citation as one line of text: "Outlet, “Headline”, date", plus how the copy came
// to us when the outlet is unknown.
export function citationText(source: Source): string {
  const line = `${source.outlet}, “${sourceHeadline(source)}”, ${sourceDate(source)}`;
  const provenance = provenanceText(source);
  return provenance ? `${line}. ${provenance}` : line;
}

const SOURCE_KIND_WORDS: Readonly<Record<SourceKind, string>> = {
  news: "news",
  "state-media": "state media",
  official: "official",
  "social-media": "social media",
  unknown: "unknown kind",
};

// Returns what kind of source it is in words ("state media", "news", …), or null when the
// dataset does not say.
export function sourceKindText(source: Pick<Source, "kind">): string | null {
  return source.kind ? SOURCE_KIND_WORDS[source.kind] : null;
}
