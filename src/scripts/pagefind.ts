/**
 * What the page scripts see of Pagefind. Types only, on purpose: a module two page scripts both import at run time
 * becomes a file of its own, one more round trip before the search page can ask for the engine. So each script starts
 * Pagefind itself, with the options the page carries in `data-pagefind` (written from site/search-options.ts).
 */
import type { PAGEFIND_OPTIONS } from '../site/search-options.ts';

export type PagefindOptions = typeof PAGEFIND_OPTIONS;
export interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
  /** Each hit in this part of the page, with its weight (a hit in the term's own heading weighs most). */
  weighted_locations?: { weight: number }[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindResult {
  /** Names the result's fragment file, /pagefind/fragment/<id>.pf_fragment, which `data()` fetches. */
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindApi {
  init: () => Promise<void>;
  options: (options: PagefindOptions) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ) => Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
}
