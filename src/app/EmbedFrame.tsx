// An embedded view (?embed=1): the view with a caption above (title, dates, filters) and a
// credit below (source, dataset version, a link back to the full view with the same choices),
// as a captioned chart is; no header, filters or tabs. Loaded only in an embed.
import type { ReactNode } from "react";
import { buildCredit } from "../domain/export/exportCredit";
import { useParleyStore } from "../state/store";
import { pickUrlState, serializeUrlState } from "../state/urlState";
import { useCreditInput } from "../state/useCreditInput";
import { useScope } from "../state/useScope";
import { ExternalLink } from "../ui/ExternalLink";
import "./EmbedFrame.css";

export default function EmbedFrame({
  viewLabel,
  children,
}: {
  viewLabel: string;
  children: ReactNode;
}) {
  const { dataset } = useScope();
  const credit = buildCredit(useCreditInput()(`${dataset.meta.title}: ${viewLabel}`));
  // From the store, not the address bar, which is written after this renders: the full view
  // with the choices shown now, without embed=1.
  const search = useParleyStore((state) => serializeUrlState(pickUrlState(state)));
  const fullView = `${window.location.origin}${window.location.pathname}${search}`;
  return (
    <div className="embed-frame">
      <header className="embed-caption">
        <h1>{credit.title}</h1>
        <p>{credit.dateLine}</p>
        <p className="embed-filters">{credit.filterLines.join(" · ")}</p>
      </header>
      {children}
      <footer className="embed-credit">
        <p>{credit.sourceLine}.</p>
        <p>
          <ExternalLink url={fullView} unlinked="text">
            Open the full view in Parley
          </ExternalLink>
        </p>
      </footer>
    </div>
  );
}
