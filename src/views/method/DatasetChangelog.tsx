// The coding changelog of the dataset shown, when one is known for its id and version.
import { useId } from "react";
import { defaultDatasetChangelog } from "../../data/defaultDatasetChangelog";
import type { DatasetMeta } from "../../domain/schema";

const changelogs = [defaultDatasetChangelog];

export function DatasetChangelog({ meta }: { meta: DatasetMeta }) {
  const headingId = useId();
  const changelog = changelogs.find(
    (entry) => entry.datasetId === meta.id && entry.version === meta.version,
  );
  if (!changelog) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>What changed in version {changelog.version}</h3>
      <ul>
        {changelog.changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
    </section>
  );
}
