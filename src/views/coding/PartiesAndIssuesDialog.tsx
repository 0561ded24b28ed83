// "Parties and issues": every party and issue of the dataset shown, each with an Edit button
// that opens its editor in place (one at a time). Ids never change, so every statement stays
// coded to what it was; names, descriptions and stances do.
import { useEffect, useRef, useState } from "react";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { CodingDialog } from "./CodingDialog";
import { EditStatusLine } from "./EditStatusLine";
import { IssueEditor } from "./IssueEditor";
import { PartyEditor } from "./PartyEditor";

type Editing = { kind: "party" | "issue"; id: string };

export function PartiesAndIssuesDialog({ onClose }: { onClose(): void }) {
  const parties = useParleyStore((state) => selectDataset(state).parties);
  const issues = useParleyStore((state) => selectDataset(state).issues);
  const [editing, setEditing] = useState<Editing | null>(null);
  // The Edit button focus returns to when an editor closes: its own, or after a removal the
  // first of its list.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const listsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (returnTo === null) return;
    // "party:" (after a removal) matches the first party's button; ids hold no quotes.
    const selector = returnTo.endsWith(":")
      ? `[data-return^="${returnTo}"]`
      : `[data-return="${returnTo}"]`;
    listsRef.current?.querySelector<HTMLButtonElement>(selector)?.focus();
    setReturnTo(null);
  }, [returnTo]);
  const done = (kind: Editing["kind"], id: string) => (isRemoved: boolean) => {
    setEditing(null);
    setReturnTo(isRemoved ? `${kind}:` : `${kind}:${id}`);
  };
  const isOpen = (kind: Editing["kind"], id: string) => editing?.kind === kind && editing.id === id;

  return (
    <CodingDialog title="Parties and issues" onClose={onClose}>
      <div ref={listsRef} className="vocabulary">
        <p className="hint">
          Renaming keeps every statement coded as it was. A party, issue or stance that statements
          use cannot be removed.
        </p>
        <EditStatusLine />
        <h3>Parties</h3>
        <ul className="vocabulary-list">
          {parties.map((party) => (
            <li key={party.id}>
              {isOpen("party", party.id) ? (
                <PartyEditor party={party} onDone={done("party", party.id)} />
              ) : (
                <>
                  <span>
                    {party.name} <span className="hint">({party.shortName})</span>
                  </span>
                  <button
                    type="button"
                    aria-label={`Edit party ${party.name}`}
                    data-return={`party:${party.id}`}
                    onClick={() => setEditing({ kind: "party", id: party.id })}
                  >
                    Edit
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
        <h3>Issues</h3>
        <ul className="vocabulary-list">
          {issues.map((issue) => (
            <li key={issue.id}>
              {isOpen("issue", issue.id) ? (
                <IssueEditor issue={issue} onDone={done("issue", issue.id)} />
              ) : (
                <>
                  <span>
                    {issue.name}{" "}
                    <span className="hint">
                      ({issue.stances.map((stance) => stance.label).join(" · ")})
                    </span>
                  </span>
                  <button
                    type="button"
                    aria-label={`Edit issue ${issue.name}`}
                    data-return={`issue:${issue.id}`}
                    onClick={() => setEditing({ kind: "issue", id: issue.id })}
                  >
                    Edit
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
    </CodingDialog>
  );
}
