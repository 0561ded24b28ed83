// creditInputFrom (creditInput.ts) for the current scope and choices.
import { useCallback } from "react";
import type { CreditInput } from "../domain/export/exportCredit";
import { type CreditWindow, creditInputFrom } from "./creditInput";
import { useResolvedChoices, useScope } from "./useScope";

export type { CreditWindow } from "./creditInput";

export type MakeCreditInput = (title: string, window?: CreditWindow) => CreditInput;

export function useCreditInput(): MakeCreditInput {
  const scope = useScope();
  const choices = useResolvedChoices();
  return useCallback(
    (title: string, window?: CreditWindow) => creditInputFrom(scope, choices, title, window),
    [scope, choices],
  );
}
