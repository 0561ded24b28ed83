// How the data is made and read: the stance scales, the coding rules, dates and the gap.
import { useId } from "react";
import { formatDate, scalePoles } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { CodingNotes } from "./CodingNotes";
import { DealRules } from "./DealRules";
import { ProvenanceRule } from "./ProvenanceRule";
import { StanceScale } from "./StanceScale";
import "./MethodView.css";
import { selectDataset } from "../../state/librarySlice";

export function MethodView() {
  const headingId = useId();
  const scalesId = useId();
  const dataset = useParleyStore(selectDataset);
  const { meta, issues } = dataset;
  const poles = scalePoles(meta);

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
          Each issue has its own ordered scale of stances, from one end of the debate to the other:
          every scale runs from <strong>{poles.low}</strong> (step 1) to{" "}
          <strong>{poles.high}</strong> (its last step). Every statement is placed on one step of
          its issue’s scale, or marked as having no clear stance.
        </p>
        <div className="method-scales">
          {issues.map((issue) => (
            <StanceScale key={issue.id} issue={issue} poles={poles} />
          ))}
        </div>
      </section>
      <CodingNotes dataset={dataset} />
      <ProvenanceRule dataset={dataset} />
      <DealRules />
    </article>
  );
}
