// What a file about to leave Parley credits (src/domain/export/exportCredit.ts), from the
// scope and choices at the moment of the download. It returns the inputs, not the credit, so
// the crediting code loads with the export that needs it, not with the first view.
import type { CreditInput } from "../domain/export/exportCredit";
import type { ResolvedChoices, Scope } from "../domain/scope";

// A chart's time window, ISO days: a chart credits what it draws, not the matrix's date.
export interface CreditWindow {
  from: string;
  to: string;
}

export function creditInputFrom(
  scope: Scope,
  choices: ResolvedChoices,
  title: string,
  window?: CreditWindow,
): CreditInput {
  const asOf = choices.asOf.date;
  const from = window?.from ?? "";
  const to = window?.to ?? asOf;
  return {
    dataset: scope.dataset,
    filters: scope.filters,
    // What the file can show: the statements in scope in its dates. Filtered when the credit
    // is built, on the click, not on every render.
    statements: () =>
      scope.statements.filter((statement) => statement.date >= from && statement.date <= to),
    title,
    dates: window ?? { asOf, compareFrom: choices.compareFrom },
    // The address bar carries every choice (urlState.ts): it opens the same view.
    link: globalThis.location.href,
  };
}
