// The deal-space view's choices: the package being built and the contradiction thresholds.
import type { StateCreator } from "zustand";
import {
  type ContradictionThresholds,
  DEFAULT_THRESHOLDS,
} from "../domain/deal/contradictionThresholds";
import { EMPTY_PACKAGE, type PackageChoice } from "./choices";

export interface DealSlice {
  dealPackage: PackageChoice;
  contradictionThresholds: ContradictionThresholds;
  // stanceId null takes the issue out of the package.
  setPackageTerm(issueId: string, stanceId: string | null): void;
  clearPackage(): void;
  setContradictionThresholds(patch: Partial<ContradictionThresholds>): void;
}

export const createDealSlice: StateCreator<DealSlice, [], [], DealSlice> = (set) => ({
  dealPackage: EMPTY_PACKAGE,
  contradictionThresholds: DEFAULT_THRESHOLDS,
  setPackageTerm: (issueId, stanceId) =>
    set((state) => {
      const { [issueId]: _dropped, ...rest } = state.dealPackage;
      return { dealPackage: stanceId === null ? rest : { ...rest, [issueId]: stanceId } };
    }),
  clearPackage: () => set({ dealPackage: EMPTY_PACKAGE }),
  setContradictionThresholds: (patch) =>
    set((state) => ({ contradictionThresholds: { ...state.contradictionThresholds, ...patch } })),
});
