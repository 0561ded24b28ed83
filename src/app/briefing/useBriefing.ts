// The briefing of the view as shown: the matrix's part (its grid, changes and quotes) and the
// deal space's (headline, outcomes, alerts), for the current scope and choices.
import { useMemo } from "react";
import type { Briefing } from "../../domain/briefing/briefing";
import { buildCredit } from "../../domain/export/exportCredit";
import { shortPoles } from "../../domain/statementText";
import { useCreditInput } from "../../state/useCreditInput";
import { useScope } from "../../state/useScope";
import { dealBriefing } from "../../views/deal/dealBriefing";
import { useDealSpace } from "../../views/deal/useDealSpace";
import { matrixBriefing } from "../../views/matrix/matrixBriefing";
import { useMatrixData } from "../../views/matrix/useMatrixData";

export const BRIEFING_TITLE = "Briefing: where the parties stand";

export function useBriefing(): Briefing {
  const scope = useScope();
  const { model, grid } = useMatrixData();
  const deal = useDealSpace();
  const creditInput = useCreditInput();
  return useMemo(
    () => ({
      ...matrixBriefing({
        model,
        grid,
        poles: shortPoles(scope.dataset.meta),
        credit: buildCredit(creditInput(BRIEFING_TITLE)),
        source: scope.source,
      }),
      deal: dealBriefing(scope.dataset, deal.space, deal.contradictions),
    }),
    [scope, model, grid, deal.space, deal.contradictions, creditInput],
  );
}
