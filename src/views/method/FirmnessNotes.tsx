// How firmly a position is held, each level with an example taken from the dataset shown.
import { useId } from "react";
import { FIRMNESS_LEVELS, firmnessExample } from "../../domain/firmnessExample";
import type { Dataset, Firmness } from "../../domain/schema";
import { formatDate } from "../../ui/formatDate";

const meaning: Record<Firmness, { name: string; rule: string }> = {
  "red-line": {
    name: "Red line",
    rule: "stated as non-negotiable: “never”, “unacceptable”, “will not accept”, “ruled out”.",
  },
  demand: {
    name: "Demand",
    rule: "a stated condition or requirement: “must”, “insists”, “only after”.",
  },
  preference: {
    name: "Preference",
    rule: "what the party would like, stated without insisting: “wants”, “has asked”, “supports”.",
  },
  floated: {
    name: "Floated",
    rule: "an idea put forward or a flexibility signalled: “one of the scenarios”, “open to”, “recommends”, “probably”.",
  },
};

export function FirmnessNotes({ dataset }: { dataset: Dataset }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>How firm a position is</h3>
      <p>
        Firmness is coded only where the wording says it; otherwise it is left empty. A statement
        may also give the stretch of the scale the party signals it <strong>could accept</strong>,
        and <strong>condition links</strong> where its conditions name a stance on another issue.
      </p>
      <dl className="method-firmness">
        {FIRMNESS_LEVELS.map((level) => {
          const example = firmnessExample(dataset.statements, level);
          const party = dataset.parties.find((p) => p.id === example?.partyId);
          return (
            <div key={level}>
              <dt>{meaning[level].name}</dt>
              <dd>
                {meaning[level].rule}{" "}
                {example ? (
                  <>
                    For example: {example.summary}
                    {example.quote && <> (“{example.quote}”)</>} — {example.speaker.name}
                    {party && <>, {party.name}</>},{" "}
                    {formatDate(example.date, example.datePrecision)}.
                  </>
                ) : (
                  "No statement in this dataset is coded at this level."
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
