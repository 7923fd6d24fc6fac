/**
 * Drafts are cases with `utkast: true` in their front matter. They never reach the production build, the search
 * index, the feeds or the open data; `npm run forhandsvis` sets this variable to show them, marked as drafts.
 */
export const SHOW_DRAFTS_ENV = 'BOPRAKSIS_UTKAST';

export function showDrafts(): boolean {
  return process.env[SHOW_DRAFTS_ENV] === '1';
}

export function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { utkast?: unknown }).utkast === true;
}
