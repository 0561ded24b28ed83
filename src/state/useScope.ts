// The one place the views get the scope (src/domain/scope.ts) from: ScopeProvider derives it
// once per (dataset, filters) at the top of the page, and every view reads the same object.
import { createContext, useContext } from "react";
import type { ResolvedChoices, Scope } from "../domain/scope";

export interface ScopeValue {
  scope: Scope;
  choices: ResolvedChoices;
}

export const ScopeContext = createContext<ScopeValue | null>(null);

// Returns the scope of the dataset shown and the current filters.
export function useScope(): Scope {
  return useScopeValue().scope;
}

// Returns the as-of date, compare date and gap pair in force (the stored choices resolved).
export function useResolvedChoices(): ResolvedChoices {
  return useScopeValue().choices;
}

function useScopeValue(): ScopeValue {
  const value = useContext(ScopeContext);
  if (!value) throw new Error("useScope needs a <ScopeProvider> above it");
  return value;
}
