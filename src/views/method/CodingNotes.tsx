// The rules behind the numbers, written for any dataset (nothing here is about one conflict).
import { useId } from "react";
import type { Dataset } from "../../domain/schema";
import { DatasetChangelog } from "./DatasetChangelog";
import { FirmnessNotes } from "./FirmnessNotes";

export function CodingNotes({ dataset }: { dataset: Dataset }) {
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
            One statement per act of stating: a remark that several sources carry is one statement
            citing all of them, and what one speaker said on one occasion about one issue is one
            statement.
          </li>
          <li>
            The summary paraphrases the position in our words, keeps the source’s hedges
            (“reportedly”, “claimed”, “according to”) and adds nothing. A position known only from
            another party’s account names that party under “reported by”.
          </li>
          <li>
            The quote is <strong>direct</strong> when it holds words the source puts in quotation
            marks and presents as the speaker’s own (also when the source cites another outlet for
            them). Otherwise it is <strong>reported</strong>: there is no quote, or the quoted words
            are not presented as the speaker’s (a report’s wording, a term in quotation marks), or
            they reach the source through another party’s account.
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
          <li>
            No source, no statement: every statement cites the source it comes from and nothing is
            coded from memory. Reading a text can still take a judgement (whom an unnamed “they”
            means, whether two reports are one act, a day given only relative to an event the source
            does not date). Where it does, the statement’s summary or date note says so, and a date
            taken from outside the sources is marked as such.
          </li>
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
        <p>
          A <strong>standing</strong> position is one the source reports as held (“has repeatedly
          said”, “maintains”, “previously warned”) without saying when it was stated, including
          another party’s account of what a party holds (“their insistence on”, “its refusal to”).
          Its date is the source’s date, at the precision the source allows, or the day the account
          was given where the source says; it says the position stood by then, not that it was taken
          or changed that day. Every other statement, an account of a dated act (a call, an
          interview) among them, is dated when it was <strong>stated</strong>.
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
      <FirmnessNotes dataset={dataset} />
      <DatasetChangelog meta={dataset.meta} />
    </>
  );
}
