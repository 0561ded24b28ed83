// The reader's package: one stance per issue (or none), and how far each party is from it.
import { useShallow } from "zustand/react/shallow";
import { writeCsv } from "../../domain/csv";
import type { DealSpace } from "../../domain/deal/dealSpace";
import { packageFit } from "../../domain/deal/packageFit";
import type { Dataset } from "../../domain/schema";
import { termOf } from "../../state/choices";
import { useParleyStore } from "../../state/store";
import { downloadText, exportFilename } from "../../ui/download";
import { PackageFitTable } from "./PackageFitTable";
import { packageRows } from "./packageRows";

interface PackageBuilderProps {
  space: DealSpace;
  dataset: Dataset;
  // The parties in view, in dataset order.
  partyIds: readonly string[];
}

export function PackageBuilder({ space, dataset, partyIds }: PackageBuilderProps) {
  const { dealPackage, setPackageTerm, clearPackage } = useParleyStore(
    useShallow((state) => ({
      dealPackage: state.dealPackage,
      setPackageTerm: state.setPackageTerm,
      clearPackage: state.clearPackage,
    })),
  );
  const parties = dataset.parties.filter((party) => partyIds.includes(party.id));
  const positions = new Map(
    space.issues.flatMap((each) => each.positions.map((p) => [`${p.issueId}:${p.partyId}`, p])),
  );
  const pack = new Map<string, number>();
  for (const { issue } of space.issues) {
    const index = issue.stances.findIndex((stance) => stance.id === termOf(dealPackage, issue.id));
    if (index !== -1) pack.set(issue.id, index);
  }
  const fits = packageFit(
    pack,
    parties.map((party) => party.id),
    (issueId, partyId) => positions.get(`${issueId}:${partyId}`),
    new Map(space.issues.map(({ issue }) => [issue.id, issue.stances.length])),
  );
  const exportCsv = () => {
    const rows = packageRows(
      fits,
      new Map(dataset.issues.map((issue) => [issue.id, issue])),
      new Map(dataset.parties.map((party) => [party.id, party])),
      (issueId, partyId) => positions.get(`${issueId}:${partyId}`)?.stanceIndex ?? null,
    );
    downloadText(
      exportFilename(dataset.meta.id, "package", space.asOf),
      writeCsv(rows),
      "text/csv;charset=utf-8",
    );
  };
  return (
    <section className="deal-section" aria-labelledby="deal-package">
      <h2 id="deal-package">Package</h2>
      <p>Choose a term on any issue; the link in the address bar keeps the package.</p>
      <div className="deal-package-terms">
        {space.issues.map(({ issue }) => (
          <label key={issue.id}>
            {issue.name}
            <select
              value={termOf(dealPackage, issue.id) ?? ""}
              onChange={(event) => setPackageTerm(issue.id, event.target.value || null)}
            >
              <option value="">No term</option>
              {issue.stances.map((stance, index) => (
                <option key={stance.id} value={stance.id}>
                  {index + 1}. {stance.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {pack.size === 0 ? (
        <p>No terms chosen yet.</p>
      ) : (
        <>
          <div className="deal-actions">
            <button type="button" onClick={exportCsv}>
              Export package CSV
            </button>
            <button type="button" onClick={clearPackage}>
              Clear package
            </button>
          </div>
          <PackageFitTable fits={fits} space={space} parties={parties} />
        </>
      )}
    </section>
  );
}
