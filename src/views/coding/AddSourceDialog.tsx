// "Add source": an article's text (pasted, or read from a .txt, .md or .html file, HTML reduced
// to its text and never rendered), its outlet, headline, date, address and kind.
import { type FormEvent, useState } from "react";
import { freeId } from "../../domain/edit/editDataset";
import type { Source, SourceKind } from "../../domain/schema";
import { commitChange } from "../../state/editActions";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { ArticleTextField } from "./ArticleTextField";
import { CodingDialog } from "./CodingDialog";
import { Field } from "./Field";
import { ProblemList } from "./ProblemList";
import { useEditOutcome } from "./useEditOutcome";

const KINDS: ReadonlyArray<[SourceKind, string]> = [
  ["news", "News"],
  ["state-media", "State media"],
  ["official", "Official"],
  ["social-media", "Social media"],
  ["unknown", "Unknown"],
];

export function AddSourceDialog({ onClose }: { onClose(): void }) {
  const [text, setText] = useState("");
  const [outlet, setOutlet] = useState("");
  const [title, setTitle] = useState("");
  const [published, setPublished] = useState("");
  const [url, setUrl] = useState("");
  const [kind, setKind] = useState<SourceKind>("news");
  const outcome = useEditOutcome();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const sources = selectDataset(useParleyStore.getState()).sources;
    const source: Source = {
      id: freeId(sources, "source"),
      outlet: outlet.trim(),
      title: title.trim() || null,
      published: published || null,
      url: url.trim() || null,
      document: null,
      notes: null,
      kind,
      text: text === "" ? null : text,
    };
    const saved = await outcome.run(
      commitChange({ op: "add", collection: "sources", item: source }),
    );
    if (saved)
      useParleyStore.getState().openCodingPanel({ kind: "read-source", sourceId: source.id });
  };

  return (
    <CodingDialog title="Add source" onClose={onClose}>
      <form className="coding-form" onSubmit={(event) => void save(event)}>
        <ArticleTextField text={text} onText={setText} />
        <Field label="Outlet">
          <input required value={outlet} onChange={(event) => setOutlet(event.target.value)} />
        </Field>
        <Field label="Headline">
          <input value={title} onChange={(event) => setTitle(event.target.value)} />
        </Field>
        <Field label="Published">
          <input
            type="date"
            value={published}
            onChange={(event) => setPublished(event.target.value)}
          />
        </Field>
        <Field label="Address">
          <input
            type="url"
            pattern="https?://.+"
            title="An address starting with http:// or https://"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </Field>
        <Field label="Source kind">
          <select value={kind} onChange={(event) => setKind(event.target.value as SourceKind)}>
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <ProblemList outcome={outcome.result} />
        <button type="submit" className="button-primary" disabled={outcome.isBusy}>
          Save source
        </button>
      </form>
    </CodingDialog>
  );
}
