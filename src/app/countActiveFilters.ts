// How many of the shared filters narrow the statements: the number the "Filters (n active)"
// button shows. An empty list, an empty text and a null date each mean "any".
import { EMPTY_FILTERS, type Filters } from "../state/choices";

export function countActiveFilters(filters: Filters): number {
  return (Object.keys(EMPTY_FILTERS) as (keyof Filters)[]).filter((key) => {
    const value = filters[key];
    return Array.isArray(value) ? value.length > 0 : value !== null && value !== "";
  }).length;
}
