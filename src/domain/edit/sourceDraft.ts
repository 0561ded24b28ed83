// A source as the source form holds it (every field a string, "" for none) and back.
import type { Source, SourceKind } from "../schema";

export interface SourceDraft {
  outlet: string;
  title: string;
  published: string;
  url: string;
  kind: SourceKind | ""; // "": not stated (the field is optional)
  text: string;
}

export function draftFromSource(source: Source | undefined): SourceDraft {
  return {
    outlet: source?.outlet ?? "",
    title: source?.title ?? "",
    published: source?.published ?? "",
    url: source?.url ?? "",
    kind: source ? (source.kind ?? "") : "news",
    text: source?.text ?? "",
  };
}

// The source the draft describes. `base` keeps what the form does not show (document, notes)
// of a source being edited. The text is kept as typed: quotes are placed in it by offset.
export function sourceFromDraft(draft: SourceDraft, id: string, base?: Source): Source {
  const source: Source = {
    document: null,
    notes: null,
    ...base,
    id,
    outlet: draft.outlet.trim(),
    title: draft.title.trim() || null,
    published: draft.published || null,
    url: draft.url.trim() || null,
    kind: draft.kind === "" ? undefined : draft.kind,
    text: draft.text === "" ? null : draft.text,
  };
  if (source.kind === undefined) delete source.kind;
  return source;
}
