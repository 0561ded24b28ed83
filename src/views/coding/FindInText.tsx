// "Find in text": the keyboard way to quote. Type the words (quotation-mark style, spacing and
// case need not match); each place they stand in the article is offered with its context, to
// quote as the article has it, or with the whole sentence around it.
import { useId, useState } from "react";
import { findLoosely, wholeSentence } from "../../domain/propose/findLoosely";
import { Field } from "./Field";

const MAX_MATCHES = 20;

interface Match {
  start: number;
  end: number;
}

function findMatches(text: string, query: string): Match[] {
  return query.trim().length < 2 ? [] : findLoosely(text, query, MAX_MATCHES);
}

interface FindInTextProps {
  text: string;
  onPick(match: Match): void;
}

export function FindInText({ text, onPick }: FindInTextProps) {
  const [query, setQuery] = useState("");
  const listId = useId();
  const matches = findMatches(text, query);
  return (
    <div className="find-in-text">
      <Field label="Find in text">
        <input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby={listId}
        />
      </Field>
      <p id={listId} className="hint" role="status">
        {query.trim().length < 2
          ? "Type at least two characters of the words to quote."
          : `${matches.length === MAX_MATCHES ? "The first " : ""}${matches.length} ${matches.length === 1 ? "match" : "matches"}`}
      </p>
      {matches.length > 0 && (
        <ul className="find-matches">
          {matches.map((match, index) => (
            <li key={match.start}>
              <button type="button" onClick={() => onPick(match)}>
                Quote “{text.slice(match.start, match.end)}”
              </button>
              <button
                type="button"
                aria-label={`Quote the whole sentence of match ${index + 1}`}
                onClick={() => onPick(wholeSentence(text, match.start, match.end))}
              >
                The whole sentence
              </button>
              <span className="hint">
                …{text.slice(Math.max(0, match.start - 40), match.start)}
                <mark>{text.slice(match.start, match.end)}</mark>
                {text.slice(match.end, match.end + 40)}…
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
