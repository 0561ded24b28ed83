// The rules behind the numbers, written for any dataset (nothing here is about one conflict).
import { useId } from "react";

export function CodingNotes() {
  const codingId = useId();
  const datesId = useId();
  const gapId = useId();
  return (
    <>
      <section aria-labelledby={codingId}>
        <h3 id={codingId}>How statements are coded</h3>
        <ul>
          <li>
            A statement is one public position taken by one speaker for one party on one issue, as
            printed in a cited source. A speech touching three issues becomes three statements.
          </li>
          <li>
            The summary paraphrases the position; the quote gives the source’s own words.{" "}
            <strong>Direct</strong> quotes are the speaker’s words as printed;{" "}
            <strong>reported</strong> ones are the source’s paraphrase or another party’s account,
            which is then named under “reported by”.
          </li>
          <li>
            The stance is the step of the issue’s scale the statement states. Where the statement
            does not commit to one, it is coded as <em>no clear stance</em> and does not move the
            party’s position.
          </li>
          <li>
            Conditions record what the speaker said must happen first. A party’s position on a date
            is the stance of its latest statement with a clear stance up to that date; the last of
            several on the same day wins.
          </li>
          <li>Nothing is coded from memory or inference: no source, no statement.</li>
        </ul>
      </section>
      <section aria-labelledby={datesId}>
        <h3 id={datesId}>How dates are resolved</h3>
        <p>
          A statement is dated when it was made, not when it was published. Each date has a
          precision: <strong>day</strong> when the source gives the day; <strong>month</strong> or{" "}
          <strong>year</strong> when it gives only that, in which case the date is stored as the
          first day of the month or year and shown as, for example, “June 2024”. When the date had
          to be worked out (for example from “last Tuesday” and the article’s date), a date note
          says how; the statements table shows it in each statement’s details.
        </p>
      </section>
      <section aria-labelledby={gapId}>
        <h3 id={gapId}>What the gap measures</h3>
        <p>
          The gap between two parties on an issue is how many steps of the issue’s scale separate
          their stances, divided by the most steps there can be:
        </p>
        <p className="method-formula">
          gap = |<var>i</var> − <var>j</var>| / (<var>n</var> − 1)
        </p>
        <p>
          where <var>i</var> and <var>j</var> are the two stances’ positions and <var>n</var> is the
          number of stances on the issue’s scale. It runs from 0 (the same stance) to 1 (opposite
          ends of the scale): on a five-step scale, stances 2 and 4 are 2/4 = 0.5 apart. It counts
          steps, not distance in substance: the steps of a scale are ordered but need not be equally
          far apart, and gaps on different issues compare orderings, not stakes. There is no gap
          until both parties have a clear stance.
        </p>
      </section>
    </>
  );
}
