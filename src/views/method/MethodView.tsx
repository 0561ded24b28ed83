// How the data is made and read: the stance scales, the coding rules, dates and the gap.
import { useId } from "react";
import { useParleyStore } from "../../state/store";
import { formatDate } from "../../ui/formatDate";
import { CodingNotes } from "./CodingNotes";
import { StanceScale } from "./StanceScale";
import "./MethodView.css";

export function MethodView() {
  const headingId = useId();
  const scalesId = useId();
  const dataset = useParleyStore((state) => state.dataset);
  const { meta, issues } = dataset;

  return (
    <article className="method-view" aria-labelledby={headingId}>
      <h2 id={headingId}>Method</h2>
      <p className="method-lead">
        {meta.title} (version {meta.version}, updated {formatDate(meta.updated)}).{" "}
        {meta.description}
      </p>
      <section aria-labelledby={scalesId}>
        <h3 id={scalesId}>Stance scales</h3>
        <p>
          Each issue has its own ordered scale of stances, from one end of the debate to the other.
          Every statement is placed on one step of its issue’s scale, or marked as having no clear
          stance.
        </p>
        <div className="method-scales">
          {issues.map((issue) => (
            <StanceScale key={issue.id} issue={issue} />
          ))}
        </div>
      </section>
      <CodingNotes dataset={dataset} />
    </article>
  );
}
