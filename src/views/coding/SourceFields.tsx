// The fields of a source: the article's text, its outlet, headline, date, address and kind.
import type { SourceDraft } from "../../domain/edit/sourceDraft";
import type { SourceKind } from "../../domain/schema";
import { ArticleTextField } from "./ArticleTextField";
import { Field } from "./Field";

const KINDS: ReadonlyArray<[SourceKind | "", string]> = [
  ["news", "News"],
  ["state-media", "State media"],
  ["official", "Official"],
  ["social-media", "Social media"],
  ["unknown", "Unknown"],
  ["", "Not stated"],
];

interface SourceFieldsProps {
  draft: SourceDraft;
  update(patch: Partial<SourceDraft>): void;
}

export function SourceFields({ draft, update }: SourceFieldsProps) {
  return (
    <>
      <ArticleTextField text={draft.text} onText={(text) => update({ text })} />
      <Field label="Outlet">
        <input
          required
          value={draft.outlet}
          onChange={(event) => update({ outlet: event.target.value })}
        />
      </Field>
      <Field label="Headline">
        <input value={draft.title} onChange={(event) => update({ title: event.target.value })} />
      </Field>
      <Field label="Published">
        <input
          type="date"
          value={draft.published}
          onChange={(event) => update({ published: event.target.value })}
        />
      </Field>
      <Field label="Address">
        <input
          type="url"
          pattern="https?://.+"
          title="An address starting with http:// or https://"
          value={draft.url}
          onChange={(event) => update({ url: event.target.value })}
        />
      </Field>
      <Field label="Source kind">
        <select
          value={draft.kind}
          onChange={(event) => update({ kind: event.target.value as SourceDraft["kind"] })}
        >
          {KINDS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
