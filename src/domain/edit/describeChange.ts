// What a change did, in the words the change history shows: "Added statement: Ana Velt on
// Upland dam, 3 July 2025", "Renamed party “Upland Republic” to “Highland Republic”". Statements
// are named by speaker, issue and date (their summaries are long); parties, issues and sources
// by the name they had before the change; without the dataset, everything by id.
import type { Dataset, Issue, Party, Source, Statement } from "../schema";
import type { Change, Collection, ItemChange } from "./changes";
import { describeStatement, describeStatementEdit } from "./describeStatementChange";

const NOUNS: Record<Collection, string> = {
  parties: "party",
  issues: "issue",
  sources: "source",
  statements: "statement",
};

const quoted = (text: string) => `“${text}”`;

// The name a reader knows an item by.
function nameOf(collection: Collection, item: { id: string }): string {
  if (collection === "parties" || collection === "issues") return quoted((item as Party).name);
  if (collection === "sources") {
    const source = item as Source;
    return quoted(source.title ?? `${source.outlet}, ${source.id}`);
  }
  return item.id;
}

function describeParty(old: Party, next: Party): string {
  const name = quoted(old.name);
  const fields: string[] = [];
  if (old.shortName !== next.shortName) fields.push("short name");
  if (old.color !== next.color) fields.push("colour");
  if ((old.members ?? []).join("\n") !== (next.members ?? []).join("\n")) fields.push("members");
  const rest = fields.join(", ");
  if (old.name !== next.name)
    return `Renamed party ${name} to ${quoted(next.name)}${rest ? `; edited its ${rest}` : ""}`;
  return rest ? `Edited party ${name}: ${rest}` : `Edited party ${name}`;
}

// Each difference between two versions of an issue as a phrase, with the one-sentence form
// it takes when it is the only one.
function issueDifferences(old: Issue, next: Issue): Array<{ phrase: string; sentence: string }> {
  const name = quoted(old.name);
  const found: Array<{ phrase: string; sentence: string }> = [];
  if (old.name !== next.name)
    found.push({
      phrase: `renamed it ${quoted(next.name)}`,
      sentence: `Renamed issue ${name} to ${quoted(next.name)}`,
    });
  if (old.description !== next.description)
    found.push({
      phrase: "edited its description",
      sentence: `Edited the description of issue ${name}`,
    });
  const oldById = new Map(old.stances.map((stance) => [stance.id, stance]));
  const nextIds = new Set(next.stances.map((stance) => stance.id));
  for (const stance of next.stances) {
    const before = oldById.get(stance.id);
    const label = quoted(stance.label);
    if (!before)
      found.push({
        phrase: `added stance ${label}`,
        sentence: `Added stance ${label} to issue ${name}`,
      });
    else if (before.label !== stance.label)
      found.push({
        phrase: `renamed stance ${quoted(before.label)} to ${label}`,
        sentence: `Renamed stance ${quoted(before.label)} to ${label} on issue ${name}`,
      });
    else if (before.description !== stance.description)
      found.push({
        phrase: `edited the description of stance ${label}`,
        sentence: `Edited the description of stance ${label} on issue ${name}`,
      });
  }
  for (const stance of old.stances)
    if (!nextIds.has(stance.id))
      found.push({
        phrase: `removed stance ${quoted(stance.label)}`,
        sentence: `Removed stance ${quoted(stance.label)} from issue ${name}`,
      });
  const kept = (issue: Issue) =>
    issue.stances.filter((stance) => oldById.has(stance.id) && nextIds.has(stance.id));
  const order = (issue: Issue) =>
    kept(issue)
      .map((stance) => stance.id)
      .join("\n");
  if (order(old) !== order(next))
    found.push({
      phrase: "reordered its stances",
      sentence: `Reordered the stances of issue ${name}`,
    });
  return found;
}

// At most this many differences are spelled out in one label; the rest are counted.
const SHOWN_DIFFERENCES = 4;

function describeIssue(old: Issue, next: Issue): string {
  const found = issueDifferences(old, next);
  const [only] = found;
  if (found.length === 0) return `Edited issue ${quoted(old.name)}`;
  if (found.length === 1 && only) return only.sentence;
  const shown = found.slice(0, SHOWN_DIFFERENCES).map((difference) => difference.phrase);
  const more = found.length - shown.length;
  return `Edited issue ${quoted(old.name)}: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}

const SOURCE_FIELDS: ReadonlyArray<[keyof Source, string]> = [
  ["outlet", "outlet"],
  ["title", "headline"],
  ["published", "date"],
  ["url", "address"],
  ["kind", "kind"],
  ["text", "article text"],
  ["document", "document"],
  ["notes", "notes"],
];

function describeSource(old: Source, next: Source): string {
  const name = nameOf("sources", old);
  const fields = SOURCE_FIELDS.filter(([field]) => (old[field] ?? null) !== (next[field] ?? null));
  if (fields.length === 1 && fields[0]?.[0] === "title" && next.title !== null)
    return `Changed the headline of source ${name} to ${quoted(next.title)}`;
  if (fields.length === 0) return `Edited source ${name}`;
  return `Edited source ${name}: ${fields.map(([, words]) => words).join(", ")}`;
}

function describeReplace(change: ItemChange & { op: "replace" }, before: Dataset): string | null {
  const list: ReadonlyArray<{ id: string }> = before[change.collection];
  const old = list.find((each) => each.id === change.item.id);
  if (!old) return null;
  switch (change.collection) {
    case "parties":
      return describeParty(old as Party, change.item);
    case "issues":
      return describeIssue(old as Issue, change.item);
    case "sources":
      return describeSource(old as Source, change.item);
    case "statements":
      return describeStatementEdit(old as Statement, change.item, before);
  }
}

function describeItem(change: ItemChange, before: Dataset | undefined): string {
  const noun = NOUNS[change.collection];
  if (change.op === "remove") {
    const list: ReadonlyArray<{ id: string }> = before?.[change.collection] ?? [];
    const old = list.find((each) => each.id === change.id);
    if (before && old && change.collection === "statements")
      return describeStatement("Deleted", old as Statement, before);
    return `Deleted ${noun} ${old ? nameOf(change.collection, old) : change.id}`;
  }
  if (change.op === "replace" && before) {
    const described = describeReplace(change, before);
    if (described) return described;
  }
  const verb = change.op === "replace" ? "Edited" : change.op === "add" ? "Added" : "Restored";
  if (before && change.collection === "statements")
    return describeStatement(verb, change.item, before);
  return `${verb} ${noun} ${before ? nameOf(change.collection, change.item) : change.item.id}`;
}

// What `change` did to `before` (the dataset as it was). Without `before`, items are named by
// id. A batch is named by its first change, the one the others follow from; statements whose
// quote it left without a place in their source's text are counted.
export function describeChange(change: Change, before?: Dataset): string {
  if (change.op !== "batch") return describeItem(change, before);
  const [first, ...rest] = change.changes;
  if (!first) return "Made no change";
  const unplaced = rest.filter(
    (part) =>
      part.collection === "statements" &&
      part.op === "replace" &&
      part.item.quote !== null &&
      part.item.quoteStart === undefined,
  ).length;
  const label = describeItem(first, before);
  if (unplaced === 0) return label;
  return `${label}; ${unplaced === 1 ? "1 quote is" : `${unplaced} quotes are`} no longer in its text`;
}
